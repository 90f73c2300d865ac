"""A client library for accessing Kalshi Trade API v2 WebSocket (kalshi project description)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
