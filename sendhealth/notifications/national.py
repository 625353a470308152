"""Section 23 notifications in the national load (``manage.py bench_national``, see
``core.national``): a copied child's notifications decide whether an assessment was "missed",
so each copy holds them and the rows kept from them (``services.refresh_missed``) as the
register's own refresh would work them out."""

from sendhealth.core.national import FOR_COPIED_CHILDREN, CopiedTable
from sendhealth.notifications.models import MissedNotification, Section23Notification

COPIED = [
    CopiedTable(Section23Notification, FOR_COPIED_CHILDREN),
    CopiedTable(MissedNotification, FOR_COPIED_CHILDREN),
]
