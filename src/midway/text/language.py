"""Is a sentence written mostly in a language other than English?

Midway's reader proposes items in English: a word or two of another language inside an
English sentence ("sorry na, I was wrong", "Eres mi casa, wherever we live") is read as
usual, but a sentence wholly or mostly in another language ("Te amo", "Lo siento mucho",
"Mahal na mahal kita, you know that right?") is left to its author, who may add it by hand
in the import review. That is the writers' brief (benchmarks/reader_brief.md).

The test counts words: those of another script (Chinese, Korean, Arabic…) and the common
words below, each found in one of the languages partners mix into English letters and not
an English word themselves, against all the other words. More foreign than English words
makes a foreign sentence; as many of each does too, unless an English word carries the
sentence's point (sorry, love, thanks…).
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common words of other languages that are not English words (a word that is both, such
# as "me", "no", "mi", "man" or "die", counts as English).
FOREIGN_WORDS = _words(
    """
    el la los las lo que de del es eres soy estoy estás está estas esta muy mucho mucha
    siento perdón perdon perdóname perdoname te amo quiero tu mejor pasado por para pero
    como cómo cuando todo siempre nunca amor corazón corazon gracias contigo conmigo también
    tambien hoy mañana ayer nosotros usted sí bien casa vida mía mío mis tus su sus una uno
    un hay fue fui ser estar tengo tienes puedo favor más mas cariño mija mijo querida
    querido

    eu você voce é meu minha muito muita demais obrigado obrigada desculpa desculpe não nao
    sim com sem saudade saudades tudo isso sou coração amo

    je il elle nous vous est suis et les des du une mon mes toi moi pardonne désolé desole
    désolée desolee merci beaucoup très tres avec sans aime t'aime amour oui mais c'est qui
    pas jamais toujours trop chérie cherie chéri

    io sei sono mia mio tuo tua ti voglio scusa scusami dispiace grazie molto tanto sempre
    perché perche anche cuore amore che della sì tesoro

    ich du bist liebe dich dir mich mir tut leid entschuldigung danke sehr und nicht ist das
    der ein eine mein meine dein deine schatz immer auch aber wir uns habe hab lieb schön

    ako ikaw ka kita mahal na ng sa ang mga ko mo talaga kanina po salamat pasensya patawad
    lang pa rin din naman yung ito hindi oo sobra gamot kasi ba mahal

    przepraszam kocham cię cie ciebie jesteś jestes moja mój moj bardzo dziękuję dziekuje
    tak nie się sie że jak ale kochanie

    pole sana nakupenda asante wewe mimi ni habari mpenzi

    ik jij bent geweldig hou jou het een dank lief schat

    aku kamu sayang cinta maaf terima kasih saya dan yang tidak sangat

    tum aap hai hoon mera meri mere tera teri pyaar pyar bahut karo nahi nahin haan jaan
    shukriya dhanyavaad

    habibi habibti ana enta enti bahebak bahebek uhibbuk shukran inshallah yalla

    gomen gomenne gomennasai aishiteru daisuki arigatou arigato saranghae mianhae gomawo
    kamsahamnida

    diolch cariad caru

    ce veux vraiment qu'est quoi pourquoi comment ça m'a fait parce alors encore rien tout
    bonne nuit demain ensemble ci vediamo stasera domani insieme tutto niente cosa quando
    qué quieres necesitas puedes vamos juntos nada
    """
)
# English words that carry a sentence's point: with one, a half-and-half sentence is English.
_POINT = _words(
    "sorry love loved thank thanks forgive apologise apologize fault wrong proud lucky "
    "grateful miss try"
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_LATIN = re.compile(r"[a-zà-ÿāăąćčďđēėęěğīįıłńňōőœřśšşţťūůűųźżž']+")


def mostly_foreign(sentence: str) -> bool:
    """Is the sentence wholly or mostly in a language other than English?"""
    foreign = english = 0
    point = False
    for word in _WORD.findall(sentence[:2000].casefold().replace("’", "'")):
        if word in FOREIGN_WORDS or not _LATIN.fullmatch(word):
            foreign += 1
        else:
            english += 1
            point = point or word in _POINT
    return foreign > english or (foreign == english and foreign > 0 and not point)
