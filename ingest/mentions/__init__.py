"""Finding the actors and places a sentence names.

Four sources, in order of trust, each only over words no earlier source claimed: the gazetteer
(longest match), state forces named by a demonym (« l'aviation russe », "Turkish troops",
الطيران الروسي → the state), anaphors that stand for the last named armed group (التنظيم, the
group, le groupe), and discovery of unknown places and groups from how news introduces them
(قرية X, the village of X, Jaych X). A state force found in the gazetteer is rolled up to the
state it belongs to, keeping the unit on the mention.
"""

from ingest.mentions.context import DocumentContext
from ingest.mentions.finder import MentionFinder

__all__ = ["DocumentContext", "MentionFinder"]
