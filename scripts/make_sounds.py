"""Writes the cue sounds in resources/sounds/ (16-bit mono WAV, 44.1 kHz).

Each cue is a short, soft tone shape, distinct in pitch and contour so it can be
told apart with eyes closed: inhale rises, exhale falls, a hold starts with an
upward pair and ends with a downward pair, the countdown is a short tick and the
end of a session is a three-note chime. Run: python scripts/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def tone(f0: float, f1: float, seconds: float, gain: float = 0.5) -> list[float]:
    """A sine glide from f0 to f1 Hz with smooth attack and release."""
    n = int(RATE * seconds)
    out, phase = [], 0.0
    for i in range(n):
        x = i / n
        freq = f0 + (f1 - f0) * x
        phase += 2 * math.pi * freq / RATE
        attack = min(1.0, i / (0.01 * RATE))
        release = min(1.0, (n - i) / (0.04 * RATE))
        out.append(gain * attack * release * (math.sin(phase) + 0.2 * math.sin(2 * phase)) / 1.2)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


SOUNDS = {
    "inhale": tone(392, 587, 0.45, 0.35),
    "exhale": tone(587, 370, 0.55, 0.35),
    "hold_start": tone(523, 523, 0.12) + silence(0.03) + tone(784, 784, 0.18),
    "hold_end": tone(784, 784, 0.12) + silence(0.03) + tone(523, 523, 0.18),
    "countdown": tone(1046, 1046, 0.07, 0.4),
    "session_end": tone(523, 523, 0.18) + tone(659, 659, 0.18) + tone(784, 784, 0.4),
}


def write(name: str, samples: list[float]) -> None:
    with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(
            b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples)
        )


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for sound_name, sound in SOUNDS.items():
        write(sound_name, sound)
        print(f"{sound_name}.wav: {len(sound) / RATE:.2f} s")
