"""The sex a he/she can refer to: from honorifics, common first names and gendered role nouns.

``sexes`` maps an actor's canonical name to "m" or "f" where the text or the name says so:
an honorific before a mention ("Mr. Lowe", "Mrs. Ruiz"), a common English first name
("Hillary", "Chris") or a gendered noun in the role or apposition ("his daughter", "spokeswoman").
Names used by both sexes (Jordan, Taylor, Alex) are in neither list.
"""

from __future__ import annotations

import re

from generator.model import Actor

_FEMALE = """
abigail ada adriana agnes aisha alexandra alice alicia alison allison amanda amber amelia amy
ana andrea angela angelina anita ann anna anne annette antonia april arlene audrey barbara
beatrice becky belinda bernadette beth betsy betty beverly bonnie brenda bridget brittany
camilla candace cara carla carly carmen carol caroline carolyn catherine cathy cecilia celia
charlotte cheryl chloe christina christine cindy claire clara claudette claudia colleen
connie constance cynthia daisy danielle daphne darlene dawn debbie deborah debra denise
diana diane dolores donna doris dorothy edith eileen elaine eleanor elena elisabeth elise
eliza elizabeth ella ellen emily emma erica erin esther eva evana evelyn fiona florence frances
gabriela gail georgia geraldine gillian gina gladys gloria grace gwen hannah harriet heather
heidi helen helena hilary hillary holly ida ingrid irene iris isabel isabella jacqueline jane
janet janice jasmine jean jeanne jennifer jenny jessica jill joan joanna joanne jocelyn
josephine joy joyce judith judy julia julie juliet june karen kate katherine kathleen kathryn
kathy katie kay kimberly kirsten kristen laura lauren laurie leah lena linda
lisa liz lois loretta lorraine louise lucia lucy lydia lynn madeleine madison maggie mandy
margaret maria marian marie marilyn marion marjorie martha mary maureen megan melania
melanie melissa meredith mia michele michelle mildred miranda molly monica nancy naomi
natalie natasha nicola nicole nikki nina nora norma olga olivia paige pam pamela patricia
paula pauline peggy penelope penny phyllis priscilla rachel rebecca regina renee rhonda rita
roberta rosa rosalind rose rosemary ruth sabrina sally samantha sandra sara sarah sharon
sheila shirley sofia sonia sonya sophia sophie stacy stella stephanie sue susan suzanne
sylvia tamara tammy tanya teresa terra theresa tiffany tina tracy ursula valerie vanessa
vera veronica victoria virginia vivian wanda wendy whitney yolanda yvonne zoe
"""
_MALE = """
aaron abraham adam adrian al alan albert alexander alfred allen andrew andy angus
anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby
boris brad bradley brandon brett brian bruce bryan carl carlos charles charlie chris
christian christopher chuck clarence clifford clint colin craig curtis dale dan daniel
danny darren dave david dean dennis derek dick don donald doug douglas duncan dwight earl
ed eddie edgar edmund edward edwin elijah elliot eric ernest eugene evan frank franklin fred
frederick gabriel gary gavin gene geoffrey george gerald gilbert glenn gordon graham greg
gregory guy hank harold harry harvey hector henry herbert howard hugh hugo ian isaac jack
jacob jake james jared jason jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe
joel joey john johnny jon jonathan jose joseph josh joshua juan julian justin karl keith ken
kenneth kevin kurt lance larry lawrence leo leon leonard lewis lloyd louis luke
malcolm marco marcus mario mark martin marvin matt matthew maurice max michael mike miles
mitch mitt mohammed muhammad nathan neil nicholas nick nigel noah norman oliver oscar owen
patrick paul pete peter phil philip phillip ralph randy ray raymond reggie richard rick
robert roberto rod rodney roger roland ron ronald ross roy rudy russell ryan sam samuel scott
seamus sean sebastian seth shane simon stanley stephen steve steven stuart ted terence
terrence theodore thomas tim timothy todd tom tommy tony travis trevor tyler vernon
victor vincent vladimir walter warren wayne wesley will william willie winston xavier zach
"""
FEMALE_NAMES = frozenset(_FEMALE.split())
MALE_NAMES = frozenset(_MALE.split()) - FEMALE_NAMES

_FEMALE_NOUNS = """
woman women girl daughter wife mother sister aunt niece grandmother granddaughter widow
bride queen princess duchess lady actress spokeswoman chairwoman congresswoman
businesswoman councilwoman policewoman stepmother mom mum
"""
_MALE_NOUNS = """
man men boy son husband father brother uncle nephew grandfather grandson widower groom
king prince duke lord actor spokesman chairman congressman businessman councilman
policeman stepfather dad
"""
FEMALE_NOUNS = frozenset(_FEMALE_NOUNS.split())
MALE_NOUNS = frozenset(_MALE_NOUNS.split())
HONORIFIC_M = re.compile(r"\b(?:Mr|Sir|Lord)\.? $")
HONORIFIC_F = re.compile(r"\b(?:Mrs|Ms|Miss|Lady|Dame)\.? $")


def first_name_sex(name: str) -> str | None:
    """ "m" or "f" for a name starting with a common first name of one sex, else None."""
    first = name.split()[0].lower().strip(".") if name.split() else ""
    if first in FEMALE_NAMES:
        return "f"
    return "m" if first in MALE_NAMES else None


def noun_sex(words: str) -> str | None:
    """ "m" or "f" when a role or description has a gendered noun ("his daughter")."""
    low = set(re.findall(r"[a-z]+", words.lower()))
    f, m = bool(low & FEMALE_NOUNS), bool(low & MALE_NOUNS)
    return "f" if f and not m else "m" if m and not f else None


def sexes(text: str, mentions: list[tuple[int, int, Actor]]) -> dict[str, str]:
    """Canonical name → "m"/"f" for the persons whose sex the text or name makes plain."""
    out: dict[str, str] = {}
    for s, _e, actor in mentions:
        if actor.kind != "person":
            continue
        before = text[max(0, s - 6) : s]
        if HONORIFIC_M.search(before):
            out.setdefault(actor.name, "m")
        elif HONORIFIC_F.search(before):
            out.setdefault(actor.name, "f")
    for _s, _e, actor in mentions:
        if actor.kind == "person" and actor.name not in out:
            sex = first_name_sex(actor.name) or noun_sex(actor.role or "")
            if sex:
                out[actor.name] = sex
    return out
