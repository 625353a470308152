from .cases import BLIND

__all__ = ["BLIND"]
