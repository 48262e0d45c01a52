"""Word lists for the actors extractor: titles, honorifics, junk words, head nouns.

All entries are lowercase; dotted abbreviations appear without their final dot.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A word list from a whitespace-separated block."""
    return frozenset(text.split())


# Honorifics: courtesy words kept out of both the name and the role.
HONORIFICS = word_set(
    """
    mr mrs ms miss mx dr prof professor rev reverend sir dame lord lady ayatollah sheikh sheik
    imam rabbi fr pastor
    """
)

# Titles written short ("Pres.", "Supt."); written in capitals they are acronyms ("ATTY").
SHORT_TITLES = frozenset({"pres", "supt", "insp", "brig", "atty", "cllr", "comdr"})

# Title and occupation nouns that make a role ("President", "chief economist", "attorney").
TITLE_NOUNS = word_set(
    """
    president vice-president minister premier chancellor secretary undersecretary spokesman
    spokeswoman
    spokesperson leader chairman chairwoman chair chairperson ceo cfo coo cto executive
    director economist analyst associate strategist attorney lawyer counsel general governor mayor
    senator sen sens rep reps representative del delegate congressman congresswoman
    congressmember speaker nominee candidate envoy ambassador diplomat king queen prince
    princess emperor monarch sultan judge justice prosecutor officer lt lieutenant sgt sergeant
    cleaner plumber waiter waitress caretaker janitor housekeeper nanny midwife vet dentist
    pharmacist paramedic firefighter fireman postman trainer accountant shepherd seed
    qualifier wildcard recorder racer whip intern maker
    capt captain col colonel cmdr commander gen maj major adm admiral chief head founder
    co-founder member official adviser advisor aide correspondent reporter editor columnist
    manager owner partner principal dean superintendent sheriff deputy commissioner inspector
    detective constable trooper agent investigator administrator coordinator treasurer clerk
    auditor regulator lawmaker legislator politician activist organizer organiser campaigner
    researcher scientist professor economist historian author writer producer spokesperson
    publisher anchor host coach player striker midfielder goalkeeper manager chairman
    president-elect pm mp mep councillor councilman councilwoman alderman ombudsman archbishop
    assemblyman assemblywoman assemblymember selectman selectwoman freeholder ag
    cleric minister-president chief-executive vice chief-of-staff staff negotiator mediator
    commissioner marshal warden director-general secretary-general surgeon physician doctor
    nurse teacher student pilot captain soldier veteran owner resident witness survivor victim
    schoolboy schoolgirl pupil
    suspect defendant plaintiff heiress heir father mother wife husband son daughter brother
    sister uncle aunt cousin grandfather grandmother grandson granddaughter nephew niece widow
    widower fiance fiancee girlfriend boyfriend partner gov govs lt-gov rival opponent
    challenger contender incumbent moderator ranger keeper presenter journalist commentator
    pundit pollster consultant operative publicist singer musician guitarist actor actress
    comedian artist rapper songwriter singer-songwriter drummer bassist dancer poet novelist
    playwright designer chef broadcaster footballer cricketer boxer golfer sprinter
    climber mountaineer explorer photographer filmmaker athlete champion visitor tourist
    bystander eyewitness employee worker staffer colleague friend neighbor neighbour farmer
    homeowner landlord tenant passenger driver customer fan magistrate barrister solicitor
    coroner fellow scholar volunteer developer architect entrepreneur businessman businesswoman
    investor banker trader broker lecturer academic expert specialist builder contractor
    diver swimmer runner cyclist skier sailor fisherman sprinter boss inventor creator
    referee umpire linesman prisoner inmate frontman composer conductor attacker defender
    winger forward debutant rookie liaison guard supervisor winner runner-up finalist
    medallist medalist laureate pundit bishop vicar priest rector cardinal chaplain
    astronaut cosmonaut predecessor successor celebrity socialite engineer technician
    flanker lock prop hooker fly-half half scrum-half full-back playmaker wideman centre-back
    blogger vlogger influencer youtuber reviewer frontrunner front-runner billionaire mogul
    magnate tycoon hacker
    """
) | SHORT_TITLES

# Common nouns for people, besides titles: "a man named John Hale".
PERSON_NOUNS = word_set(
    """
    man men woman women boy boys girl girls child children kid kids baby babies person people
    teenager teen toddler infant guy gentleman lady couple family twins
    """
)

# Nouns that describe a person before the name, with a modifier: "Queensland toddler X",
# "tennis great X".
DESCRIPTOR_NOUNS = word_set(
    """
    immigrant migrant refugee
    toddler infant baby boy girl teenager teen schoolboy schoolgirl pensioner grandmother
    grandfather mother father great legend star icon ace veteran mogul tycoon billionaire
    millionaire hopeful prodigy
    """
)

# Vehicles whose names are not people's: "the aid ship, Mavi Marmara".
VEHICLE_NOUNS = word_set(
    """
    ship vessel boat aircraft plane jet yacht ferry tanker submarine carrier liner freighter
    trawler rocket spacecraft warship frigate destroyer cruiser
    """
)

# Verbs that give a name to someone or something: "a guitar named Lucille".
NAMING_VERBS = word_set(
    """
    name call dub nickname christen title brand label
    """
)

# Kin nouns: "his son, Louis" gives Louis "son" and the clause's subject the inverse.
KIN_INVERSE = {
    ("son", "his"): "father",
    ("son", "her"): "mother",
    ("daughter", "his"): "father",
    ("daughter", "her"): "mother",
    ("father", "his"): "son",
    ("father", "her"): "daughter",
    ("mother", "his"): "son",
    ("mother", "her"): "daughter",
    ("wife", "her"): "wife",
    ("wife", "his"): "husband",
    ("husband", "her"): "wife",
}

# Plural titles that distribute over a list of names: "Sens. A and B".
PLURAL_TITLES = word_set(
    """
    sens reps senators representatives dels governors govs ministers
    """
)

WEEKDAYS = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun
    """
)
MONTHS = word_set(
    """
    january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec
    """
)
TIME_ZONES = word_set(
    """
    gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt akst hst ist jst aest aedt
    msk wib pht sgt hkt
    """
)

# Words that start sentences but never name an actor.
DISCOURSE = word_set(
    """
    however meanwhile moreover furthermore nevertheless nonetheless still yet also although
    though while whereas because since after before when whenever where why how what which who
    whom overall late early later earlier last next first finally then thus therefore instead
    indeed despite without within from into onto upon about above below between among across
    during some many most few several each every both either neither all any none no not such
    this that these those there here today yesterday tomorrow tonight now speaking according
    collecting scroll read watch click share follow subscribe advertisement photo video image
    caption
    """
)

# Capitalised words that name no actor: common-noun acronyms, market indexes, deities.
NOT_NAMES = word_set(
    """
    lent advent easter ramadan christmas diwali hanukkah passover eid islam christianity judaism
    hinduism buddhism sikhism catholicism protestantism
    gps dna rna gdp gnp cpi ceo cfo tv ai atm pdf suv ngo ngos ipo vat hiv aids covid ufo usb ok
    sms mri icu er vix dow ftse dax nikkei s&p god allah heaven earth eastern western northern
    southern central brexit frenchman frenchwoman englishman englishwoman scotsman scotswoman
    welshman welshwoman irishman irishwoman dutchman brit hgv olympic olympics paralympic pac pacs
    shadow
    """
)

# Heads of panels whose names go on with "on": "the Senate Committee on Foreign Relations".
PANEL_HEADS = word_set("committee subcommittee commission panel")

# Party and affiliation words written before a name: "Libertarian Gary Johnson".
PARTY_WORDS = word_set(
    """
    libertarian democrat democratic republican conservative tory labour liberal socialist
    green independent progressive nationalist unionist
    """
)

# Final words of names of laws, programmes, events and works: not actors.
NON_ACTOR_HEADS = word_set(
    """
    act acts amendment amendments bill bills treaty accord accords agreement protocol
    partnership plan program programme initiative session sessions index indices doctrine
    convention declaration charter resolution award awards prize cup championship championships
    games olympics tournament summit conference war wars crisis pandemic storm
    hurricane lymphoma syndrome disease leukaemia leukemia carcinoma sarcoma melanoma
    contest contests grant grants project scheme trophy marathon oscar oscars globe globes
    emmy emmys grammy grammys election elections referendum egm agm commentary
    ebola aids hiv malaria cholera zika sars measles polio tuberculosis coronavirus covid-19
    influenza dinner banquet luncheon gala alert fair fairs expo doll dolls
    telescope spacecraft rover
    """
)
# Lowercase words inside people's names: "Osama bin Laden", "Gérard de Cortanze".
NAME_PARTICLES = word_set(
    """
    al el bin ibn de la del der van von da di du le abu
    """
)
# Last words of street names, which stand in addresses ("of Flamborough Close, Biggin Hill").
STREET_WORDS = frozenset(
    {"street", "road", "avenue", "lane", "close", "drive", "crescent", "terrace", "grove"}
)
# First words of names of things done, not of those who do them: "Operation Desert Storm".
NON_ACTOR_LEADS = word_set(
    """
    operation
    """
)

# Letters after a person's name: honours, offices, degrees. "Jr" and "III" stay (part of it).
POST_NOMINALS = frozenset(
    {"qc", "kc", "mp", "mep", "msp", "mla", "td", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd"}
)

# Last words of newspaper and magazine names ("Evening Standard", "Chicago Tribune").
OUTLET_HEADS = word_set(
    """
    dispatch today standard herald tribune gazette mirror telegraph chronicle courier echo
    observer reporter examiner inquirer sentinel star sun mail express record bulletin globe
    register independent guardian spectator economist dealer
    """
)

# Final words of organisation names ("Naqshbandi Order", "National Guard").
ORG_HEADS = word_set(
    """
    order party group committee commission council department ministry agency bureau office
    chamber festival
    labs laboratories ambulance patrol
    service services fund foundation institute institution university college school academy
    association union federation league alliance coalition movement front army navy force
    forces guard police court tribunal parliament assembly congress senate house board
    authority bank company corp corporation inc ltd llc plc co group network church mosque
    temple hospital administration government club team society organization organisation
    centre center centers centres trust cabinet brigade brigades militia regiment corps reserve
    exchange press times post journal news television tv radio magazine airlines airways lines
    united rovers wanderers athletic albion hotspur fc investigations affairs relations
    operations holdings partners ventures industries systems technologies motors
    pharmaceuticals studios records entertainment securities investments enterprises
    associates brands communications racing pictures media sports
    """
)

# Reports a named body puts out: "a Politico story", "a CNN poll" name a source of claims.
# Nouns for a poll, after its sponsor: "the Acme poll", "a KTV/Ledger survey".
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})

REPORT_NOUNS = word_set(
    """
    story report poll survey article investigation analysis study interview editorial
    documentary audit
    """
)

# Last words of place names: "Hyde Park", "Jordan Valley", "Victoria Station".
PLACE_HEADS = word_set(
    """
    park stadium street square airport bridge river lake mountain island islands beach valley
    county city province state region district road avenue hall arena center centre station
    falls bay coast
    """
)

# Common nouns that introduce an organisation's name: "the rights group Memorial".
ORG_DESCRIPTORS = word_set(
    """
    group organization organisation company firm agency party bank newspaper paper magazine
    broadcaster network channel website watchdog charity union movement outlet station airline
    carrier retailer insurer lender startup maker manufacturer operator giant club team chain
    band subsidiary shop store label studio publisher consultancy
    """
)

# Lowercase institution nouns that make an unnamed organisation: "the US embassy in Moscow".
INSTITUTION_NOUNS = word_set(
    """
    embassy consulate ministry government parliament military army police court judiciary
    regime administration cabinet navy authorities
    """
)

# Plural common nouns for groups of people that act in a story.
GROUP_NOUNS = word_set(
    """
    activists protesters protestors demonstrators crowds crowd witnesses residents rioters
    militants rebels insurgents fighters troops soldiers officials authorities investigators
    prosecutors judges lawmakers legislators voters students workers employees doctors teachers
    medics rescuers supporters opponents critics analysts economists experts scientists
    researchers villagers refugees migrants families relatives survivors victims
    fans marchers mourners worshippers spectators onlookers pilgrims hecklers strikers
    forecasters jurors taxpayers investors shareholders campaigners farmers
    """
)

# Singular nouns for a crowd: a group actor when it chants ("the crowd shouted “Shame!”").
COLLECTIVE_NOUNS = word_set(
    """
    crowd mob throng audience
    """
)

# Verbs of saying and reporting: whoever is their subject speaks.
SPEECH_VERBS = word_set(
    """
    say tell add note state claim insist argue warn announce report explain write describe
    declare deny confirm reply respond ask urge acknowledge admit estimate predict suggest
    stress emphasize emphasise complain demand shout chant call testify voice quote
    """
)

# Words after an all-caps token that mark it as a ticker or an index, not an actor.
TICKER_CUES = word_set(
    """
    index volatility futures shares stock stocks ticker etf fund
    """
)

# Country names that mean the same place.
COUNTRY_SYNONYMS = (
    frozenset({"us", "usa", "united states", "united states of america", "america"}),
    frozenset({"uk", "britain", "great britain", "united kingdom"}),
    frozenset({"uae", "united arab emirates"}),
    frozenset({"eu", "european union"}),
    frozenset({"un", "united nations"}),
)

# Small words allowed inside a name ("Bank of America", "Ba'ath Party").
NAME_CONNECTORS = word_set(
    """
    of and for the de la del der van von al el bin ibn da di du
    """
)

# Nouns that only relate a person to another ("rival", "ally"): a role says less than an office.
RELATIONAL_NOUNS = word_set(
    "rival rivals opponent opponents ally allies friend friends colleague colleagues successor "
    "predecessor challenger counterpart critic critics supporter supporters backer foe"
)
