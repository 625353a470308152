from django.db import migrations


class Migration(migrations.Migration):
    """One name for the reminder column in every register: ``reminded_on`` is when it was
    reminded, ``next_reminder_on`` when the next reminder is due."""

    dependencies = [("localoffer", "0001_initial")]

    operations = [
        migrations.RenameField(model_name="directoryservice", old_name="stale_reminded_on", new_name="reminded_on"),
    ]
