from django.db import migrations


class Migration(migrations.Migration):
    """One name for the reminder column in every register: ``reminded_on`` is when it was
    reminded, ``next_reminder_on`` when the next reminder is due."""

    dependencies = [("enquiries", "0002_first_answer_kept")]

    operations = [
        migrations.RenameField(model_name="enquiry", old_name="last_reminded_on", new_name="reminded_on"),
    ]
