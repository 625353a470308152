"""No scheduled work: positions are entered or imported by the DCO team each month."""

SCHEDULED = ()
