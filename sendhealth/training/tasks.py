"""The training register has no reminders."""

SCHEDULED: tuple = ()
