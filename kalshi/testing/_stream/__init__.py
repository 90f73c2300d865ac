"""The fake exchange's WebSocket API: `StreamService`, published from the matching engine.

`_service` (handshakes, connections, the hand-over from the REST port), `_session` (one
connection: sids, seq, the outbox), `_commands` (subscribe, unsubscribe, update, list, with
Kalshi's error codes), `_publisher` (engine notes -> channel messages), `_wire` (message
bodies), `_faults` (injected stream failures).
"""

from ._faults import StreamFault
from ._service import WS_PATH, StreamService

__all__ = ["WS_PATH", "StreamFault", "StreamService"]
