from django.db import migrations


class Migration(migrations.Migration):
    """One name for the reminder column in every register: ``reminded_on`` is when it was
    reminded, ``next_reminder_on`` when the next reminder is due."""

    dependencies = [("notifications", "0003_missed_notifications")]

    operations = [
        migrations.RenameField(model_name="section23notification", old_name="acknowledgement_reminded_on", new_name="reminded_on"),
    ]
