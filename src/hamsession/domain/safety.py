"""Answers that stop a session and what to tell the person (content.md §5).

Hamsession guides exercise; it does not diagnose. Each red flag is a group of
plain questions (every item of content.md §5) and one short, neutral message that
says where to get help. A flag answered yes stays open until the person confirms
that a professional has checked it; while any flag is open the advice for every
program is "stop", and flags of a blocking urgency keep sessions from starting.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hamsession.domain.words import QT_TRANSLATE_NOOP, translate

EMERGENCY, URGENT, SAME_DAY, SOON, ROUTINE = "emergency", "urgent", "same_day", "soon", "routine"
_ORDER = {EMERGENCY: 0, URGENT: 1, SAME_DAY: 2, SOON: 3, ROUTINE: 4}
#: Open flags of these urgencies keep every session (desk breaks included) from starting
#: until the person confirms the flag has been checked.
BLOCKING = frozenset({EMERGENCY, URGENT, SAME_DAY, SOON})

#: The badge of each urgency, in English (translated by :func:`urgency_word`).
URGENCY_WORDS = {
    EMERGENCY: QT_TRANSLATE_NOOP("Urgency", "Emergency"),
    URGENT: QT_TRANSLATE_NOOP("Urgency", "Urgent"),
    SAME_DAY: QT_TRANSLATE_NOOP("Urgency", "Today"),
    SOON: QT_TRANSLATE_NOOP("Urgency", "Before you exercise again"),
    ROUTINE: QT_TRANSLATE_NOOP("Urgency", "When you can"),
}

#: Where the emergency messages send someone; filled in by :func:`message`.
WHERE = "{where}"


@dataclass(frozen=True)
class Item:
    """One question of a flag. ``history`` items are about the past and asked at the first
    screening; ``later`` items are asked only after it (at the weekly check and any time)."""

    id: str
    text: str  # English, as marked; shown as :attr:`shown_text`
    history: bool = False
    later: bool = False

    @property
    def shown_text(self) -> str:
        """The question in the language in use."""
        return translate("RedFlags", self.text)


@dataclass(frozen=True)
class RedFlag:
    id: str
    title: str  # English, as marked; shown as :attr:`shown_title`
    items: tuple[Item, ...]
    template: str  # English; :func:`message` writes it in the language in use
    urgency: str
    asked: bool = True  # False: raised from other answers of the log, not asked itself

    @property
    def blocking(self) -> bool:
        return self.urgency in BLOCKING

    @property
    def shown_title(self) -> str:
        """The flag's title in the language in use."""
        return translate("RedFlags", self.title)

    @property
    def question(self) -> str:
        """The flag as one line for "new today" (the log's compact tick): its title and every
        item about now, in the language in use."""
        shown = [i for i in self.items if not (i.later or i.history)]
        items = "; ".join(_in_a_list(i.text, i.shown_text) for i in shown)
        return translate("RedFlags", "{title}: {items}").format(title=self.shown_title, items=items)

    @property
    def message(self) -> str:
        """The message with a neutral place to go (see :func:`message` for the local one)."""
        return message(self, "")


def _in_a_list(english: str, shown: str) -> str:
    """An item inside the compact line: English starts it in lower case; a translation
    keeps the capitals its translator wrote (lowering them would spoil German nouns)."""
    return english[0].lower() + english[1:] if shown == english else shown


def _items(
    prefix: str, *texts: str, history: tuple[str, ...] = (), later: tuple[str, ...] = ()
) -> tuple[Item, ...]:
    found = [Item(f"{prefix}.{i + 1}", t) for i, t in enumerate(texts)]
    found += [Item(f"{prefix}.h{i + 1}", t, history=True) for i, t in enumerate(history)]
    found += [Item(f"{prefix}.l{i + 1}", t, later=True) for i, t in enumerate(later)]
    return tuple(found)


RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "saddle_bladder_bowel",
        QT_TRANSLATE_NOOP("RedFlags", "Saddle area, bladder or bowel"),
        _items(
            "saddle",
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "New numbness or pins and needles between the legs (inner thighs, genitals, back "
                "passage or buttocks), or when wiping",
            ),
            QT_TRANSLATE_NOOP(
                "RedFlags", "New difficulty starting or stopping a wee, or not feeling it pass"
            ),
            QT_TRANSLATE_NOOP("RedFlags", "New leaking of urine, or newly needing pads"),
            QT_TRANSLATE_NOOP("RedFlags", "Losing control of your bowels"),
            QT_TRANSLATE_NOOP("RedFlags", "A new change in sexual sensation"),
        ),
        QT_TRANSLATE_NOOP(
            "RedFlags", "Please stop. These symptoms need emergency assessment today. {where}"
        ),
        EMERGENCY,
    ),
    RedFlag(
        "leg_weakness",
        QT_TRANSLATE_NOOP("RedFlags", "Leg weakness"),
        _items(
            "weakness",
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Weakness in a leg that is getting worse, or a foot that drags or slaps down",
            ),
            QT_TRANSLATE_NOOP("RedFlags", "Symptoms in both legs"),
        ),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Stop the session and contact a doctor today about the new or worsening weakness "
            "in your legs.",
        ),
        SAME_DAY,
    ),
    RedFlag(
        "general_illness",
        QT_TRANSLATE_NOOP("RedFlags", "Back pain with other signs"),
        _items(
            "illness",
            QT_TRANSLATE_NOOP("RedFlags", "Back pain with a fever"),
            QT_TRANSLATE_NOOP("RedFlags", "Weight loss you cannot explain"),
            QT_TRANSLATE_NOOP("RedFlags", "Constant pain at night"),
            QT_TRANSLATE_NOOP(
                "RedFlags",
                "Back pain that began after a fall, an accident or another serious injury",
            ),
            history=(QT_TRANSLATE_NOOP("RedFlags", "You have had cancer, now or in the past"),),
            later=(
                QT_TRANSLATE_NOOP("RedFlags", "Being told you have cancer since your last check"),
            ),
        ),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Please have these symptoms checked by a doctor before you carry on with these "
            "exercises.",
        ),
        SAME_DAY,
    ),
    RedFlag(
        "hamstring_tear",
        QT_TRANSLATE_NOOP("RedFlags", "Back of the thigh"),
        _items(
            "tear",
            QT_TRANSLATE_NOOP(
                "RedFlags", "A sudden sharp pain at the back of the thigh with a pop or a snap"
            ),
            QT_TRANSLATE_NOOP("RedFlags", "Bruising at the back of the thigh that came up quickly"),
            QT_TRANSLATE_NOOP(
                "RedFlags", "Not being able to walk normally since the thigh pain began"
            ),
        ),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Stop. This may be a significant hamstring injury. Please have it assessed before "
            "you exercise this leg again.",
        ),
        SAME_DAY,
    ),
    RedFlag(
        "postpartum_warning",
        QT_TRANSLATE_NOOP("RedFlags", "If you gave birth in the last year"),
        _items(
            "postpartum",
            QT_TRANSLATE_NOOP("RedFlags", "A severe headache, or one that keeps getting worse"),
            QT_TRANSLATE_NOOP("RedFlags", "Dizziness or fainting"),
            QT_TRANSLATE_NOOP("RedFlags", "Chest pain, or a racing heart"),
            QT_TRANSLATE_NOOP("RedFlags", "Trouble breathing"),
            QT_TRANSLATE_NOOP("RedFlags", "A leg that is swollen, red or painful"),
            QT_TRANSLATE_NOOP("RedFlags", "Heavy bleeding, or discharge that smells bad"),
            QT_TRANSLATE_NOOP("RedFlags", "A fever of 38 °C (100.4 °F) or more"),
            QT_TRANSLATE_NOOP("RedFlags", "Severe pain in the belly"),
            QT_TRANSLATE_NOOP("RedFlags", "Tiredness so great you cannot manage"),
            QT_TRANSLATE_NOOP("RedFlags", "Thoughts of harming yourself or your baby"),
        ),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Stop. After a birth this needs medical care straight away. {where} Tell them you "
            "gave birth in the last year.",
        ),
        EMERGENCY,
    ),
    RedFlag(
        "pregnancy_warning",
        QT_TRANSLATE_NOOP("RedFlags", "If you are pregnant"),
        _items(
            "pregnancy",
            QT_TRANSLATE_NOOP("RedFlags", "Bleeding from the vagina"),
            QT_TRANSLATE_NOOP("RedFlags", "Regular, painful contractions"),
            QT_TRANSLATE_NOOP("RedFlags", "Fluid leaking from the vagina"),
            QT_TRANSLATE_NOOP("RedFlags", "Being short of breath before you start exercising"),
            QT_TRANSLATE_NOOP("RedFlags", "Dizziness"),
            QT_TRANSLATE_NOOP("RedFlags", "Headache"),
            QT_TRANSLATE_NOOP("RedFlags", "Chest pain"),
            QT_TRANSLATE_NOOP("RedFlags", "Muscle weakness that upsets your balance"),
            QT_TRANSLATE_NOOP("RedFlags", "Pain or swelling in a calf"),
        ),
        QT_TRANSLATE_NOOP("RedFlags", "Stop exercising and contact your maternity team."),
        URGENT,
    ),
    RedFlag(
        "pelvic_floor",
        QT_TRANSLATE_NOOP("RedFlags", "Pelvic floor"),
        _items(
            "pelvic",
            QT_TRANSLATE_NOOP("RedFlags", "Leaking urine"),
            QT_TRANSLATE_NOOP("RedFlags", "Heaviness or dragging in the pelvis"),
            QT_TRANSLATE_NOOP("RedFlags", "A bulge you can see or feel in the vagina"),
            QT_TRANSLATE_NOOP("RedFlags", "Since having a baby: pain in the pelvis or low back"),
            QT_TRANSLATE_NOOP(
                "RedFlags", "Bleeding that goes on more than 8 weeks after giving birth"
            ),
        ),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "These are common and can be treated. A pelvic-health physiotherapist can help; "
            "until then, stay at a level that does not bring them on.",
        ),
        ROUTINE,
    ),
    # Raised by the symptom log when numbness, tingling or weakness in a leg is ticked
    # (the About box: new numbness or weakness means stop and get advice).
    RedFlag(
        "leg_nerve",
        QT_TRANSLATE_NOOP("RedFlags", "Numbness, tingling or weakness in a leg"),
        _items(
            "nerve",
            QT_TRANSLATE_NOOP(
                "RedFlags", "Numbness, tingling or weakness in a leg during or after a session"
            ),
        ),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Stop here. Numbness, tingling or weakness in a leg should be checked by your "
            "physiotherapist or doctor before you exercise again. If they already know about "
            "it and said to carry on, you can confirm it has been checked.",
        ),
        SOON,
        asked=False,
    ),
)
BY_ID: Mapping[str, RedFlag] = {flag.id: flag for flag in RED_FLAGS}
ASKED: tuple[RedFlag, ...] = tuple(f for f in RED_FLAGS if f.asked)
ITEMS: Mapping[str, RedFlag] = {item.id: flag for flag in ASKED for item in flag.items}
#: Leg symptoms of the log that are nerve signs: ticking one raises ``leg_nerve``.
NERVE_SIGNS = frozenset({"numbness", "weakness"})


def message(flag: RedFlag, where: str) -> str:
    """The flag's message in the language in use, naming where to go for emergency care
    (see domain.emergency)."""
    text = translate("RedFlags", flag.template).replace(WHERE, where)
    return " ".join(text.split())


def urgency_word(urgency: str, unknown: str = "") -> str:
    """The badge of an urgency in the language in use (``unknown`` for one this version
    does not know)."""
    word = URGENCY_WORDS.get(urgency)
    return unknown if word is None else translate("Urgency", word)


def triggered(flag_ids: Iterable[str]) -> list[RedFlag]:
    """The known flags among ``flag_ids``, most urgent first, each once."""
    found = {BY_ID[i] for i in flag_ids if i in BY_ID}
    return sorted(found, key=lambda f: (_ORDER[f.urgency], f.id))


def flags_of_items(item_ids: Iterable[str]) -> list[str]:
    """The flag ids that the ticked questions belong to (unknown items are ignored)."""
    return [f.id for f in triggered(ITEMS[i].id for i in item_ids if i in ITEMS)]


def raised_by_log(leg_symptoms: Iterable[str]) -> list[str]:
    """Flags the symptom log raises by itself: nerve signs in a leg stop the advice."""
    return ["leg_nerve"] if NERVE_SIGNS & set(leg_symptoms) else []


def pelvic_floor_flagged(pelvic: dict) -> bool:
    """Any leakage, or a pelvic-floor item that bothered more than 'not at all'."""
    if pelvic.get("leakage"):
        return True
    return any(
        pelvic.get(k) not in (None, "", "not at all") for k in ("pressure", "heaviness", "bulge")
    )
