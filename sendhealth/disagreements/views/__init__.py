"""The register's pages: the list and export (``register``), a disagreement's page and its
forms (``disagreement``), tribunal recommendations (``recommendations``) and the figures."""

from sendhealth.disagreements.views.disagreement import detail, edit, new
from sendhealth.disagreements.views.figures import figures
from sendhealth.disagreements.views.recommendations import add_recommendation, respond
from sendhealth.disagreements.views.register import export, register

__all__ = [
    "add_recommendation",
    "detail",
    "edit",
    "export",
    "figures",
    "new",
    "register",
    "respond",
]
