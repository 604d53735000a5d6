from __future__ import annotations

from hamsession.services.preferences import Preferences


def test_defaults_and_saving(tmp_path):
    path = tmp_path / "data" / "settings.ini"
    prefs = Preferences(path)
    assert (prefs.volume, prefs.muted, prefs.text_scale) == (80, False, 1.0)
    assert not path.exists()  # nothing written until something changes
    prefs.update(volume=35, muted=True)
    again = Preferences(path)
    assert (again.volume, again.muted) == (35, True)


def test_values_are_clamped(tmp_path):
    prefs = Preferences(tmp_path / "settings.ini")
    prefs.update(text_scale=9.0, volume=-4)
    assert prefs.text_scale == 2.5 and prefs.volume == 0


def test_a_damaged_settings_file_falls_back_to_defaults(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[hamsession]\nvolume = loud\nmuted = maybe\ntext_scale = nan\n")
    prefs = Preferences(path)
    assert (prefs.volume, prefs.muted, prefs.text_scale) == (80, False, 1.0)
    assert len(prefs.problems) == 3
    assert all("\n" not in p and p.startswith("settings.ini: ") for p in prefs.problems)
    path.write_bytes(b"\xff\xfe not text")
    assert Preferences(path).problems[0].startswith("settings.ini: could not be read")
    path.write_text("volume = 3\n")  # no section header
    assert Preferences(path).problems[0].startswith("settings.ini: could not be read")


def test_an_unwritable_folder_is_reported_not_raised(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        prefs = Preferences(folder / "settings.ini")
        prefs.update(volume=10)
        assert prefs.volume == 10
        import os

        if os.geteuid() != 0:  # root may write anywhere
            assert prefs.save_error and prefs.save_error.startswith("settings could not be saved")
    finally:
        folder.chmod(0o700)
