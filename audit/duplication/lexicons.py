"""Per-language word lists for the duplication checks (English, French, German, Spanish).

Written for this project: function words (not content-bearing), reporting verbs in their news forms, subject
pronouns, the words that open a circumstantial phrase rather than a reported statement, and the doubled words
that are grammatical or emphatic.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS = {
    "en": _words(
        "a an the this that these those and or but nor so yet if then than as of to in on at by for from with "
        "without into onto over under about above below after before during since until while when where which "
        "who whom whose what why how there here it its it's he him his she her hers they them their theirs we us "
        "our ours you your yours i me my mine is are was were be been being am has have had having do does did "
        "will would shall should can could may might must not no also very more most much many some any all each "
        "every both either neither other another such only just even still again up down out off one near "
        "across along around through toward towards despite within outside inside behind beyond amid via per"
    ),
    "fr": _words(
        "le la les l' un une des du de d' au aux ce cet cette ces et ou mais donc or ni car que qu' qui quoi dont "
        "où si ne pas plus moins très aussi en y à dans par pour sur sous avec sans chez entre vers depuis pendant "
        "avant après contre il elle ils elles on je tu nous vous me te se lui leur leurs son sa ses mon ma "
        "mes ton ta tes notre nos votre vos est sont était étaient être été a ont avait avaient avoir eu fait "
        "c' s' n' j' m' t' cela ça tout tous toute toutes même"
    ),
    "de": _words(
        "der die das den dem des ein eine einer eines einem einen und oder aber denn sondern doch dass ob wenn als "
        "wie wo was wer wem wen wessen in im an am auf aus bei mit nach seit von vom zu zum zur über unter vor "
        "hinter neben zwischen durch für gegen ohne um während wegen er sie es ihn ihm ihr ihre ihren ihrem ihres "
        "sein seine seinen seinem seiner seines wir uns unser unsere ich mich mir du dich dir man sich ist sind "
        "war waren sei seien wird werden wurde wurden hat haben hatte hatten nicht kein keine auch noch schon sehr "
        "mehr nur so dies diese dieser dieses diesen diesem jede jeder jedes alle"
    ),
    "es": _words(
        "el la los las lo un una unos unas de del al a en con por para sin sobre entre desde hasta hacia según "
        "durante ante tras y e o u ni pero sino que si no ya muy más menos también como cuando donde quien cual "
        "cuales este esta estos estas ese esa esos esas aquel aquella él ella ellos ellas yo tú nosotros vosotros "
        "usted ustedes me te se nos os le les su sus mi mis tu tus nuestro nuestra es son era eran fue fueron ser "
        "sido está están estaba estaban ha han había habían haber todo toda todos todas otro otra otros otras"
    ),
}

# Reporting verbs: the forms that attribute a statement in news copy.
REPORTING_VERBS = {
    "en": _words(
        "said says declared declares added adds stated states announced announces stressed stresses explained "
        "explains noted notes affirmed affirms asserted asserts claimed claims insisted insists indicated "
        "indicates emphasized emphasised emphasizes emphasises specified specifies underlined underlines "
        "continued continues remarked remarks commented comments wrote writes argued argues confirmed confirms "
        "warned warns assured assures estimated estimates recalled recalls repeated repeats reiterated "
        "reiterates maintained maintains replied replies responded responds acknowledged acknowledges admitted "
        "admits observed observes concluded concludes told tells reported reports pointed hammered judged judges "
        "considered considers deplored deplores denounced denounces revealed reveals promised promises vowed "
        "vows tweeted posted"
    ),
    "fr": _words(
        "dit déclaré ajouté affirmé annoncé indiqué précisé souligné expliqué estimé assuré insisté rappelé "
        "confié martelé répété lancé noté poursuivi commenté averti jugé raconté confirmé répondu déploré dénoncé "
        "prévenu argué soutenu écrit observé reconnu admis conclu promis menacé assuré "
        "déclare ajoute affirme annonce indique précise souligne explique estime assure insiste rappelle confie "
        "martèle répète lance note poursuit commente avertit juge raconte confirme répond déplore dénonce prévient "
        "soutient écrit observe reconnaît admet conclut promet menace "
        "déclara ajouta affirma annonça indiqua précisa souligna expliqua estima assura insista rappela confia "
        "martela répéta lança nota poursuivit commenta avertit jugea raconta confirma répondit déplora dénonça"
    ),
    "de": _words(
        "sagte sagten sagt sagen erklärte erklärten erklärt betonte betonten betont fügte fügten teilte teilten "
        "kündigte kündigten meinte meinten meint versicherte versichert unterstrich unterstreicht bekräftigte "
        "bekräftigt warnte warnt behauptete behauptet bestätigte bestätigt berichtete berichtet schrieb schreibt "
        "antwortete antwortet ergänzte ergänzt verkündete verkündet äußerte äußert stellte räumte hob versprach "
        "verspricht drohte droht kritisierte kritisiert "
        "gesagt hinzugefügt mitgeteilt angekündigt versichert bekräftigt gewarnt bestätigt ergänzt geäußert "
        "betont erklärt behauptet berichtet geschrieben"
    ),
    "es": _words(
        "dijo dice dijeron dicen declaró declara declararon afirmó afirma afirmaron añadió añade agregó agrega "
        "aseguró asegura señaló señala explicó explica indicó indica subrayó subraya destacó destaca anunció "
        "anuncia advirtió advierte insistió insiste precisó precisa sostuvo sostiene manifestó manifiesta "
        "expresó expresa comentó comenta reiteró reitera apuntó apunta recalcó recalca confirmó confirma "
        "respondió responde prometió promete denunció denuncia informó informa informaron comunicó comunica "
        "dicho declarado afirmado añadido agregado asegurado señalado explicado indicado subrayado destacado "
        "anunciado advertido insistido precisado sostenido manifestado expresado comentado reiterado"
    ),
}

# Auxiliaries that may stand between the subject and a reporting participle ("il a déclaré", "er hat gesagt").
AUXILIARIES = {
    "en": _words("has have had has also had also will would"),
    "fr": _words("a ont avait avaient aura"),
    "de": _words("hat haben hatte hatten habe"),
    "es": _words("ha han había habían"),
}

SUBJECT_PRONOUNS = {
    "en": _words("he she they it i we"),
    "fr": _words("il elle ils elles on"),
    "de": _words("er sie es wir ich man"),
    "es": _words("él ella ellos ellas"),
}

# Adverbs that may stand between subject and verb, or after the verb, without changing the attribution.
ADVERBS = {
    "en": _words("also later then again further earlier now"),
    "fr": _words("aussi encore également ensuite alors"),
    "de": _words("auch noch dann später zudem außerdem"),
    "es": _words("también luego después además"),
}

# Words that open a circumstantial phrase (time, place, occasion), not a reported statement.
CIRCUMSTANTIAL = {
    "en": _words(
        "during at in on after before while when from with without by to for earlier later again yesterday "
        "reporters journalists "
        "today tonight publicly repeatedly firmly recently then afterwards amid speaking according"
    ),
    "fr": _words(
        "lors pendant durant journalistes à au aux dans en sur après avant devant lundi mardi mercredi "
        "jeudi vendredi samedi "
        "dimanche hier aujourd'hui encore publiquement alors depuis par selon cela"
    ),
    "de": _words(
        "bei während am im in auf nach vor gegenüber journalisten reportern gestern heute am montag "
        "dienstag mittwoch donnerstag "
        "freitag samstag sonntag öffentlich erneut dabei laut zudem dies"
    ),
    "es": _words(
        "durante periodistas en a al tras antes después ante ayer hoy el lunes martes miércoles jueves "
        "viernes sábado domingo "
        "públicamente nuevamente según desde esto eso lo"
    ),
}

# Finite verbs that make a clause of their own: between two attributions they mean a new statement.
FINITE_VERBS = {
    "en": _words("is are was were has have had will would can could should may might must do does did"),
    "fr": _words("est sont était étaient a ont avait avaient sera seront va vont peut peuvent doit doivent"),
    "de": _words("ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können muss müssen soll"),
    "es": _words("es son era eran fue fueron ha han había habían será serán puede pueden debe deben"),
}
# Negations before a reporting verb: "have not responded" reports nothing.
NEGATIONS = {
    "en": _words("not never didn't doesn't don't hasn't haven't hadn't won't wouldn't"),
    "fr": _words("pas jamais"),
    "de": _words("nicht nie niemals"),
    "es": _words("no nunca"),
}
# Forms of "to be" before a participle: "was told" is a passive, not an attribution.
PASSIVE_AUXILIARIES = {
    "en": _words("was were is are been being be"),
    "fr": _words("été"),
    "de": _words("wurde wurden worden"),
    "es": _words("fue fueron sido"),
}

# Words that introduce the statement itself ("said that ...").
COMPLEMENTIZERS = {"en": _words("that"), "fr": _words("que qu'"), "de": _words("dass"), "es": _words("que")}

# Doubled words that are grammatical, and the emphatic doubles reported at info level at most.
GRAMMATICAL_DOUBLES = {
    "en": _words("had that her is"),
    "fr": _words("vous nous"),
    "de": _words("die der das den dem sie"),
    "es": frozenset(),
}
EMPHATIC_DOUBLES = {
    "en": _words("very so far really many much long more no yes bye"),
    "fr": _words("très si non oui bien vite"),
    "de": _words("sehr ganz nein ja viel"),
    "es": _words("muy no sí mucho poco"),
}
# Reduplicated interjections, onomatopoeia and names that are never errors in any language.
REDUPLICATIONS = _words(
    "blah ha ta la hi ho heh hey hah oh yeah whoa meow boom bye ah aah bang woof ding choo tsk shh hush "
    "yadda bora duran walla baden sirhan ok okay pago wagga mahi chop tom"
)
# English verbs that take "in" or "on" as a particle, so that a preposition may follow: "checked in in Geneva",
# "went on on Tuesday".
PARTICLE_VERBS = {
    "in": _words(
        "check checks checked checking log logs logged logging sign signs signed signing give gives gave given "
        "giving cave caves caved move moves moved moving fill fills filled filling hand hands handed turn turns "
        "turned go goes went gone going come comes came coming call calls called drop drops dropped plug plugged "
        "pitch pitched phase phased step steps stepped tune tuned settle settled sink sank sunk break broke "
        "broken weigh weighed chip chipped kick kicked set sets setting dig dug cash cashed lock locked zero "
        "zeroed rope roped fit fitted"
    ),
    "on": _words(
        "go goes went gone going carry carries carried carrying move moves moved moving hold holds held holding "
        "keep keeps kept keeping catch catches caught pass passes passed passing turn turns turned log logs logged "
        "sign signs signed signing call called take takes took taken taking put puts putting live lives lived "
        "soldier soldiered press pressed drag drags dragged hang hung"
    ),
}
