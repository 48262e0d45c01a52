"""Word lists for finding speakers: speech verbs, group nouns, organisation and document nouns."""

from __future__ import annotations

# lemmas of verbs that report speech ("according" with "to" too)
_CUE_LEMMAS = """
say tell add state write ask explain insist note warn tweet declare announce claim argue
respond reply recall remark comment acknowledge admit concede suggest predict testify urge
complain quip joke shout chant yell scream cry sing whisper mutter exclaim boast vow
promise pledge report describe call charge allege conclude observe emphasize emphasise
stress caution confirm deny reveal recount retort counter interject lament demand plead
assert maintain post reiterate proclaim continue accord quote read email text muse marvel
wonder question challenge threaten recommend advise instruct order remember reminisce
press interrupt
"""
CUE_LEMMAS = frozenset(_CUE_LEMMAS.split())

# verbs of chanting and shouting: spoken by a crowd
_CHANT_LEMMAS = """
chant shout yell scream sing cry
"""
CHANT_LEMMAS = frozenset(_CHANT_LEMMAS.split())

# group nouns that can chant ("crowds", "protesters")
_GROUP_NOUNS = """
crowd crowds protesters protestors demonstrators marchers supporters fans audience
students rioters mourners worshippers voters residents people activists mob mobs throng
throngs spectators onlookers pilgrims hecklers attendees participants workers strikers
farmers nurses miners drivers pensioners youths men women children villagers
"""
GROUP_NOUNS = frozenset(_GROUP_NOUNS.split())

# words that name nobody in particular
_VAGUE = """
other others some many one few all both someone anyone
"""
VAGUE = frozenset(_VAGUE.split())

# nouns that stand for an organisation named before ("the group said")
_ORG_NOUNS = """
group company agency ministry department organization organisation committee bank fund
firm campaign party government office administration council board union team militia
network newspaper court police army military commission trust institute federation
association authority foundation alliance coalition
"""
ORG_NOUNS = frozenset(_ORG_NOUNS.split())

# nouns for a text that speaks for its owner ("the IMF report stated")
_DOCUMENT_NOUNS = """
report statement study survey release letter website account post tweet filing memo
document analysis outlook forecast update paper note message email blog minute minutes
"""
DOCUMENT_NOUNS = frozenset(_DOCUMENT_NOUNS.split())

# nouns for something said, whose owner speaks: "Ruiz's claim that …"
_CLAIM_NOUNS = """
claim claims assertion remark remarks comment comments words promise pledge vow warning
accusation boast description suggestion insistence argument charge statement prediction
"""
CLAIM_NOUNS = frozenset(_CLAIM_NOUNS.split())

