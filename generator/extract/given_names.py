"""Common given names, by the sex they usually mark, and names used by either sex.

A name that starts with one of these is very likely a person's ("Vera Zvonareva", "Harley
Levanic"); the sexed lists also tell which "he" or "she" a person can be. Names common to both
sexes (Jordan, Taylor, Alex) are only in ``UNISEX_NAMES``, as are common Chinese family names,
which open a Chinese person's name ("Wang Dongming").
"""

from __future__ import annotations

import unicodedata

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
adele alexis alina alyssa amelie anastasia angelika anjali annie antoinette ariana arianna
aurelie beatriz bethany beyonce birgit brigitte britney brooke camila camille carrie cassandra
catarina celine chantal chelsea cher christa clarissa cora courtney daria deepika delia demi
dina dominique edwina elisa eloise elsa emilia emmanuelle esme estelle eugenie eva ewa fatima
federica fernanda francesca frida gabrielle gemma genevieve giselle giulia greta gwyneth
harper hayley hazel heike helga hermione hope imelda indira ines irina isabelle isla ivana
jade jana janine jemima jenna jennie jo jodie josie judi julianne justine kamala karin
karla katarzyna katrina katya kayla keira kelsey kendra kerry khloe kiera kira kirsty kristin
kylie lakshmi lara larissa layla leanne leila leona lillian lily lindsay lindsey liv lola
lorna lottie luisa lyudmila mabel madonna magda magdalena maisie malala manon marcia margot
margarita marianne marina marisa marta martina maya meera melinda mildred millie mindy
miriam misty moira monika nadia nadezhda nadine natalia nathalie nell nellie nia noor
oksana olive ophelia paola patsy petra philippa pippa polly priya rachael rania rebekah
rihanna rocio rosie roxanne ruby sabine sadie salma sandrine sasha scarlett selena serena
shakira shania sheryl simone sinead siobhan sonja stacey steffi sunita suzi suzy svetlana tabitha
tara tatiana tatyana tessa thelma theresa tracey trisha tyra valentina valeria venus vicky
viola violet virginie wilma yasmin yelena yulia yvette zainab zara zelda ziva zuzana
doaa lyndsey
dinara mathilde daniela patty jelena flavia karolina lucie barbora klara iveta alisa alla mara
sania shahar chanda meghann shani reveta sian rhian ffion eleri bethan carys alizee
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
abdullah ahmad ahmed ahmet akira alain alastair alberto alejandro aleksandr alessandro alexei
alexey alistair amir amit anatoly anders andre andrei andres andrzej angelo anton antoine
arjun armando arsene ashraf aubrey ayman bashar bernardo bjorn boyd brendan brent brock
bryce byron caleb calvin carlo cesar chad chester clive conor connor conrad cristiano cyril
cyrus damian damien dario declan desmond diego dieter dimitri dmitri dmitry dominic donovan
dragan duane dustin dylan eduardo elias emil emilio emmanuel enrique enzo erik ernesto erwin
esteban ethan fabian fabio farid felipe felix fernando fidel filippo fitzgerald floyd
francesco francisco francois franz fritz gareth gennady gerard gerhard giorgio giovanni
giuseppe gonzalo goran gordon gustavo hamid hans hassan heinz helmut henrik herman hiroshi
horst hossein hussein ibrahim igor imran ismail ivan jacques jamal jan javad javier jens jermaine
jesus jiri joao joaquin jorge jurgen kareem karim kasper kemal kenji khalid klaus kofi
krzysztof kyle lamar lars laurent lech lionel lorenzo luca lucas luigi luis lukas luther
mahmoud manuel marcel marcelo marek mason massimo mateo matteo mattias maximilian mehmet
micah miguel mikhail milos mohamed mohammad moises moses murray mustafa narendra nawaz
nelson nicolas nikita nikolai nils novak olaf oleg olivier omar orlando oswaldo otto pablo
paolo pascal pavel pedro percy philippe pierre piotr pyotr rafael rahul raj rajesh ramon
randall raul reza ricardo rishi roberto rocco rodrigo rolf romain rory ruben rupert salman
sanjay santiago saul sergei sergey sergio shinzo silvio slobodan stanislav stefan stefano
sven tariq theo thierry tobias tomas tomasz trent troy umar uwe vaclav valentin vasily
vijay viktor vitaly vito wade waldo wilbur wojciech wolfgang yasser yitzhak yosef youssef
yuri yusuf zinedine zoran iain hamish alasdair ewan callum euan fraser gregor
graeme richie ritchie olly ollie alfie archie kieran rhys fergus cody garrett cedric otis
rufus youssouf abdul samir rashid nasser faisal jassem einar bjorn magnus soren gunter didier
sebastien rene yves michel patrice per raheem rahim
wilfried shay yaya kolo sadio riyad mesut granit nacho santi cesc xabi iker mauro radamel alvaro
marcos thibaut romelu nemanja branislav petr gianluigi claudio leonardo franck raphael kylian
ousmane mats bastian ilkay leroy serge arjen virgil georginio daley frenkie matthijs jasper wout
alexandre fernandinho willian ramires neymar dani thiago jorginho emerson casemiro isco asier
koke jakub lukasz kamil arkadiusz zlatan fredrik aleksandar dusan luka dejan marko mihai florin
gheorghe cristian bogdan andriy oleksandr yevhen hakan arda emre burak kenan cenk alper takumi
shinji keisuke yuto hidetoshi heung-min ji-sung moussa mamadou ibrahima cheikh abdoulaye seydou
souleymane modibo bakary lassana boubacar amadou babacar pape aliou idrissa kalidou mostafa
khaled amr tarek hossam hany wael walid sherif hazem nabil sami hakim rachid mehdi hamza bilal
adel
mathieu arnaud gael guillaume herve julien loic ludovic mathias matthieu maxime remi stephane
sylvain yannick benoit bertrand christophe florent gilles xavi jordi carles pep rui nuno paulo
mauricio hernan gianluca salvatore vincenzo joachim lothar manfred rainer rudolf ulrich yevgeny
rafa marat lleyton ruud johan ole morten jesper
nikolay dmitriy evgeny fabrice florian gaetan thibault gregoire aurelien adrien teymuraz gaston
guillermo mariano agustin radek ivo karol dominik bohdan davide potito daniele andreas philipp
kei yuichi robby vince mardy marin janko nenad ilija schalk bakkies joost danie breyton butch
jonny ronan denis geordan girvan tana rico mils keven piri kallum zak liam ashton rob alun wyn
ieuan gethin dafydd rhodri huw emyr iwan aled owain
quinton darius eliaquim demetrius cornelius lucius marius quentin tristan
"""
_EITHER = """
zhang wang chen liu yang huang zhao zhou zhu guo gao luo zheng liang xie feng deng cao peng zeng
xiao tian cai jiang cheng wei shen yao xiong
alex ali ashley avery bailey billie blake cameron casey dana drew frankie harley jackie jamie
jessie jody jordan kelly kim kris lee leslie lesley morgan pat quinn riley robin rowan shannon
sidney skyler taylor terry toni
"""
UNISEX_NAMES = frozenset(_EITHER.split())
_LISTED_FEMALE = frozenset(_FEMALE.split())
# Latin forms of "-ine" names: "Carolina", "Paulina", "Justina" beside "Caroline".
_LATIN_FORMS = frozenset(n[:-1] + "a" for n in _LISTED_FEMALE if n.endswith("ine"))
FEMALE_NAMES = (_LISTED_FEMALE | _LATIN_FORMS) - UNISEX_NAMES
MALE_NAMES = frozenset(_MALE.split()) - FEMALE_NAMES - UNISEX_NAMES
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES | UNISEX_NAMES


def is_given_name(word: str) -> bool:
    """A common given name, also with accents ("Gérard") or as the first part of a hyphenated
    one ("Jean-Pierre")."""
    folded = unicodedata.normalize("NFKD", word.lower().rstrip("."))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return plain in GIVEN_NAMES or plain.split("-")[0] in GIVEN_NAMES
