"""Cases written blind for issue 15 by a writer briefed only with the domain notes and the labelling conventions, who never read the checks' code."""
from .cases import BLIND
__all__ = ["BLIND"]
