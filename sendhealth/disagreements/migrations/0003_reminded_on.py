from django.db import migrations


class Migration(migrations.Migration):
    """One name for the reminder column in every register: ``reminded_on`` is when it was
    reminded, ``next_reminder_on`` when the next reminder is due."""

    dependencies = [("disagreements", "0002_enquiry")]

    operations = [
        migrations.RenameField(model_name="disagreement", old_name="deadline_reminded_on", new_name="reminded_on"),
    ]
