<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Hamsession {version}&lt;/h3&gt;&lt;p&gt;Guided hamstring, pelvic-control and low-back exercise sessions.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hamsession guides exercise; it does not diagnose.&lt;/b&gt; If a session brings on new numbness, weakness, problems with bladder or bowel, or pain that is severe or getting worse, stop and get medical advice.&lt;/p&gt;&lt;p&gt;Your history stays on this computer, or on your clinic&apos;s own database server if the clinic set one up; it is sent nowhere else.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hamsession {version}&lt;/h3&gt;&lt;p&gt;Angeleitete Übungseinheiten für die hintere Oberschenkelmuskulatur, die Beckenkontrolle und den unteren Rücken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hamsession leitet Übungen an; es stellt keine Diagnosen.&lt;/b&gt; Wenn eine Einheit neue Taubheitsgefühle, Schwäche, Probleme mit Blase oder Darm oder starke oder zunehmende Schmerzen auslöst, hören Sie auf und lassen Sie sich ärztlich beraten.&lt;/p&gt;&lt;p&gt;Ihr Verlauf bleibt auf diesem Computer oder, falls Ihre Praxis einen eingerichtet hat, auf deren eigenem Datenbankserver. Er wird nirgendwohin sonst übertragen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Hamsession</source>
        <translation>Über Hamsession</translation>
    </message>
</context>
<context>
    <name>AboutExercises</name>
    <message>
        <source>About this exercise</source>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <source>About the exercises</source>
        <translation>Über die Übungen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
</context>
<context>
    <name>ActivityCheck</name>
    <message>
        <source>Activities that matter to you</source>
        <translation>Tätigkeiten, die Ihnen wichtig sind</translation>
    </message>
    <message>
        <source>for example: sitting through a film</source>
        <translation>zum Beispiel: einen ganzen Film lang sitzen</translation>
    </message>
    <message>
        <source>another activity</source>
        <translation>eine weitere Tätigkeit</translation>
    </message>
    <message>
        <source>Activity {number}</source>
        <translation>Tätigkeit {number}</translation>
    </message>
    <message>
        <source>Score for activity {number}, {scale}</source>
        <translation>Wert für Tätigkeit {number}, {scale}</translation>
    </message>
    <message>
        <source>Name activity {number}, or clear its score.</source>
        <translation>Benennen Sie Tätigkeit {number} oder löschen Sie ihren Wert.</translation>
    </message>
    <message>
        <source>Score activity {number} from 0 to {top}.</source>
        <translation>Bewerten Sie Tätigkeit {number} von 0 bis {top}.</translation>
    </message>
    <message>
        <source>Name at least one activity and score it.</source>
        <translation>Nennen Sie mindestens eine Tätigkeit und bewerten Sie sie.</translation>
    </message>
</context>
<context>
    <name>Announce</name>
    <message numerus="yes">
        <source>{label}, %n second(s)</source>
        <translation>
            <numerusform>{label}, %n Sekunde</numerusform>
            <numerusform>{label}, %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Hamsession desk breaks</source>
        <translation>Hamsession-Schreibtischpausen</translation>
    </message>
</context>
<context>
    <name>BreakReminder</name>
    <message>
        <source>You have been at the computer for {minutes} minutes. Time for a three-minute standing break: breathing, hip swings, a hinge and a stretch, all at the desk.</source>
        <translation>Sie sind seit {minutes} Minuten am Computer. Zeit für eine dreiminütige Pause im Stehen: Atmen, Beinschwingen, Vorbeugen aus der Hüfte und eine Dehnung, alles am Schreibtisch.</translation>
    </message>
    <message>
        <source>Hamsession — time for a desk break</source>
        <translation>Hamsession – Zeit für eine Schreibtischpause</translation>
    </message>
    <message>
        <source>Time for a desk break</source>
        <translation>Zeit für eine Schreibtischpause</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Starten (Enter)</translation>
    </message>
    <message>
        <source>Snooze 10 min (S)</source>
        <translation>10 min später (S)</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Überspringen (Esc)</translation>
    </message>
</context>
<context>
    <name>BreakSettingsDialog</name>
    <message>
        <source>Desk-break reminders</source>
        <translation>Erinnerungen an Schreibtischpausen</translation>
    </message>
    <message>
        <source>Remind me to take a desk break</source>
        <translation>An Schreibtischpausen erinnern</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After this long at the computer:</source>
        <translation>Nach dieser Zeit am Computer:</translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <source>Breath pacer</source>
        <translation>Atemtakt</translation>
    </message>
</context>
<context>
    <name>CheckinChart</name>
    <message>
        <source>Check-ins: leg symptoms (0-24, lower is better), activities (0-10, higher is better)</source>
        <translation>Zwischenfragen: Beinbeschwerden (0-24, niedriger ist besser), Tätigkeiten (0-10, höher ist besser)</translation>
    </message>
    <message>
        <source>Leg symptoms (SBI)</source>
        <translation>Beinbeschwerden (SBI)</translation>
    </message>
    <message>
        <source>Activities (PSFS)</source>
        <translation>Tätigkeiten (PSFS)</translation>
    </message>
</context>
<context>
    <name>CheckinFlow</name>
    <message>
        <source>Nothing ticked. If you are worried, stop and speak to a health professional.</source>
        <extracomment>A line for the status bar. Something the advice reads was saved (a log, a morning answer, a red flag, a check).</extracomment>
        <translation>Nichts angekreuzt. Wenn Sie sich Sorgen machen, hören Sie auf und sprechen Sie mit einer medizinischen Fachperson.</translation>
    </message>
    <message>
        <source>The symptom log could not be saved: {error}.</source>
        <translation>Das Beschwerdeprotokoll konnte nicht gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>Not saved ({error}): press Enter to try again.</source>
        <translation>Nicht gespeichert ({error}): Drücken Sie die Eingabetaste, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>The phases that finished are kept in your history, marked interrupted.</source>
        <translation>Die abgeschlossenen Phasen bleiben in Ihrem Verlauf erhalten und sind als „unterbrochen“ markiert.</translation>
    </message>
    <message>
        <source>Your session on {day} at {time} stopped before the end. How did it go?</source>
        <translation>Ihre Einheit am {day} um {time} Uhr endete vorzeitig. Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>Not saved: {error}.</source>
        <translation>Nicht gespeichert: {error}.</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Hamsession: clients</source>
        <translation>Hamsession: Profile</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Programs assigned to the client (tick)</source>
        <translation>Zugewiesene Programme (ankreuzen)</translation>
    </message>
    <message>
        <source>Assigned programs</source>
        <translation>Zugewiesene Programme</translation>
    </message>
    <message>
        <source>{title} · {minutes} min</source>
        <translation>{title} · {minutes} min</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;PIN…</source>
        <translation>&amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Open as this client</source>
        <translation>Dieses Profil ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Hand over with the chosen program</source>
        <translation>Mit dem gewählten Programm über&amp;geben</translation>
    </message>
    <message>
        <source>{name}  · has a PIN</source>
        <translation>{name}  · mit PIN</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Umbenannt.</translation>
    </message>
    <message>
        <source>Deleted {name} and every record of them.</source>
        <translation>{name} und alle zugehörigen Daten gelöscht.</translation>
    </message>
    <message>
        <source>PIN removed.</source>
        <translation>PIN entfernt.</translation>
    </message>
    <message>
        <source>PIN set.</source>
        <translation>PIN festgelegt.</translation>
    </message>
    <message>
        <source>Assigned programs saved.</source>
        <translation>Zugewiesene Programme gespeichert.</translation>
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation>Wählen Sie zuerst ein Profil aus.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Name (as it should appear here):</source>
        <translation>Name (wie er hier erscheinen soll):</translation>
    </message>
    <message>
        <source>Rename client</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete {name} with every session, symptom log and note? This cannot be undone (export them first to keep a copy).</source>
        <translation>{name} mit allen Einheiten, Beschwerdeprotokollen und Notizen löschen? Das lässt sich nicht rückgängig machen (exportieren Sie die Daten vorher, wenn Sie eine Kopie behalten möchten).</translation>
    </message>
    <message>
        <source>Client PIN</source>
        <translation>PIN des Profils</translation>
    </message>
    <message>
        <source>A PIN of 4 to 12 digits for this client (leave empty for none):</source>
        <translation>PIN mit 4 bis 12 Ziffern für dieses Profil (leer lassen für keine PIN):</translation>
    </message>
    <message>
        <source>Click or tick the program to hand over with.</source>
        <translation>Wählen Sie das Programm für die Übergabe aus (anklicken oder ankreuzen).</translation>
    </message>
</context>
<context>
    <name>ClinicMode</name>
    <message>
        <source>Clinician PIN:</source>
        <translation>Praxis-PIN:</translation>
    </message>
    <message>
        <source>Unlock with the clinician PIN</source>
        <extracomment>Only the client&apos;s session (or the locked screen) is to be reachable: menus off. The locked screen is about to show: whatever plays ends first. Open the app as this profile (the client list&apos;s &quot;Open as this client&quot;). Hand the laptop over to this profile for this program. The clinician took the laptop back.</extracomment>
        <translation>Mit der Praxis-PIN entsperren</translation>
    </message>
    <message>
        <source>Unlock with its PIN</source>
        <translation>Mit der PIN des Profils entsperren</translation>
    </message>
    <message>
        <source>PIN for this profile:</source>
        <translation>PIN für dieses Profil:</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>Green: worst pain at most</source>
        <translation>Grün: stärkster Schmerz höchstens</translation>
    </message>
    <message>
        <source>Green: effort at most</source>
        <translation>Grün: Anstrengung höchstens</translation>
    </message>
    <message>
        <source>Amber: worst pain at most (above is red; hamstring programs 4)</source>
        <translation>Gelb: stärkster Schmerz höchstens (darüber Rot; Hamstring-Programme 4)</translation>
    </message>
    <message>
        <source>Red: next-morning pain up by at least</source>
        <translation>Rot: Schmerz am nächsten Morgen gestiegen um mindestens</translation>
    </message>
    <message>
        <source>Red: weekly mean pain up by at least</source>
        <translation>Rot: Wochenmittel des Schmerzes gestiegen um mindestens</translation>
    </message>
    <message>
        <source>Hamsession: settings</source>
        <extracomment>Shown in the server&apos;s tooltip and note as they are: an address and a file name.</extracomment>
        <translation>Hamsession: Einstellungen</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>leave empty to keep</source>
        <translation>leer lassen, um die PIN zu behalten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>New clinician PIN</source>
        <translation>Neue Praxis-PIN</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Remove the clinician PIN (ends clinic mode)</source>
        <translation>Praxis-PIN entfernen (beendet den Praxismodus)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>Sperren nach Inaktivität von</translation>
    </message>
    <message>
        <source>default: the emergency number of this computer&apos;s country</source>
        <translation>Standard: die Notrufnummer des Landes dieses Computers</translation>
    </message>
    <message>
        <source>Where to get emergency help, in the clinic&apos;s own words</source>
        <translation>Wo es im Notfall Hilfe gibt, in den Worten der Praxis</translation>
    </message>
    <message>
        <source>Emergency help, in your words</source>
        <translation>Hilfe im Notfall, in Ihren Worten</translation>
    </message>
    <message>
        <source>empty: this laptop&apos;s own history file</source>
        <translation>leer: die eigene Verlaufsdatei dieses Laptops</translation>
    </message>
    <message>
        <source>The clinic&apos;s shared database server, as a URL</source>
        <translation>Der gemeinsame Datenbankserver der Praxis, als URL</translation>
    </message>
    <message>
        <source>{example}: every laptop given the same server shares one history. The password goes in {file}, not here. Used from the next start.</source>
        <translation>{example}: Alle Laptops mit demselben Server teilen sich einen Verlauf. Das Passwort gehört in {file}, nicht hierher. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Shared database server</source>
        <translation>Gemeinsamer Datenbankserver</translation>
    </message>
    <message>
        <source>Every laptop given the same server shares one history.
Put the password in {file}, not here. Used from the next start.</source>
        <translation>Alle Laptops mit demselben Server teilen sich einen Verlauf.
Tragen Sie das Passwort in {file} ein, nicht hier. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>This profile: {name}</source>
        <translation>Dieses Profil: {name}</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Weekly target</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>Sit-bone pain (F1): leave out hip-flexion stretches</source>
        <translation>Sitzbeinschmerz (F1): Dehnungen in Hüftbeugung weglassen</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>CueOutput</name>
    <message>
        <source>No audio device found: cues are shown on screen only.</source>
        <extracomment>A line for the status bar when an output turns off while the app runs.</extracomment>
        <translation>Kein Audiogerät gefunden: Hinweise erscheinen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>No speech engine found: spoken cues are off.</source>
        <translation>Keine Sprachausgabe gefunden: Gesprochene Hinweise sind aus.</translation>
    </message>
</context>
<context>
    <name>DataProblem</name>
    <message>
        <source>Hamsession cannot open your history</source>
        <translation>Hamsession kann Ihren Verlauf nicht öffnen</translation>
    </message>
    <message>
        <source>The damaged file will be kept, renamed, exactly as it is. Hamsession can start from its newest backup copy that is whole instead.</source>
        <translation>Die beschädigte Datei bleibt unverändert erhalten, nur umbenannt. Hamsession kann stattdessen mit der neuesten unbeschädigten Sicherungskopie starten.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>Your history is kept on the clinic&apos;s database server. Check the network connection and that the server is running, then try again.</source>
        <translation>Ihr Verlauf liegt auf dem Datenbankserver der Praxis. Prüfen Sie, ob die Netzwerkverbindung steht und der Server läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>None of the backup copies is whole; nothing was changed.</source>
        <translation>Keine der Sicherungskopien ist unbeschädigt; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DeskBreakFlow</name>
    <message>
        <source>Remind you to stand up for a three-minute desk break after {minutes} minutes at the computer? Time away from it counts as a break.</source>
        <translation>Soll Hamsession Sie nach {minutes} Minuten am Computer an eine dreiminütige Schreibtischpause im Stehen erinnern? Zeit, die Sie nicht am Computer verbringen, zählt als Pause.</translation>
    </message>
    <message>
        <source>Desk-break reminders are on. Keep Hamsession running in the background to remind you? Starting Hamsession again brings its window back.</source>
        <translation>Die Erinnerungen an Schreibtischpausen sind eingeschaltet. Soll Hamsession im Hintergrund weiterlaufen, um Sie zu erinnern? Wenn Sie Hamsession erneut starten, erscheint das Fenster wieder.</translation>
    </message>
    <message>
        <source>Hamsession is locked: unlock it first.</source>
        <extracomment>The shell&apos;s guard: False while the window is locked or a client has it.</extracomment>
        <translation>Hamsession ist gesperrt: Bitte zuerst entsperren.</translation>
    </message>
    <message>
        <source>A session is playing: the desk break can wait.</source>
        <translation>Eine Einheit läuft: Die Schreibtischpause kann warten.</translation>
    </message>
    <message>
        <source>Keep reminding you?</source>
        <translation>Weiter erinnern?</translation>
    </message>
    <message>
        <source>Keep reminding me</source>
        <translation>Weiter erinnern</translation>
    </message>
    <message>
        <source>Quit Hamsession</source>
        <translation>Hamsession beenden</translation>
    </message>
</context>
<context>
    <name>DeskBreakWindow</name>
    <message>
        <source>Hamsession — desk break</source>
        <extracomment>The player&apos;s text in the compact window, relative to the user&apos;s text size.</extracomment>
        <translation>Hamsession – Schreibtischpause</translation>
    </message>
    <message>
        <source>Esc closes without an answer.</source>
        <translation>Esc schließt ohne Antwort.</translation>
    </message>
</context>
<context>
    <name>DeskBreaks</name>
    <message>
        <source>Desk-break reminders are off</source>
        <extracomment>How often the scheduler looks at the clock and the idle time (ms).</extracomment>
        <translation>Erinnerungen an Schreibtischpausen sind aus</translation>
    </message>
    <message>
        <source>A session is playing: no reminders</source>
        <translation>Eine Einheit läuft: keine Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min</source>
        <translation>Erinnerungen für {minutes} min pausiert</translation>
    </message>
    <message>
        <source>Next desk break in {minutes} min</source>
        <translation>Nächste Schreibtischpause in {minutes} min</translation>
    </message>
    <message>
        <source>Start a desk break now</source>
        <translation>Jetzt Schreibtischpause starten</translation>
    </message>
    <message>
        <source>Start my program</source>
        <translation>Mein Programm starten</translation>
    </message>
    <message>
        <source>Open history</source>
        <translation>Verlauf öffnen</translation>
    </message>
    <message>
        <source>Pause reminders for an hour</source>
        <translation>Erinnerungen eine Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation>Erinnerungen bis morgen pausieren</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Quit Hamsession</source>
        <translation>Hamsession beenden</translation>
    </message>
    <message>
        <source>Time for a desk break</source>
        <translation>Zeit für eine Schreibtischpause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>10 min später</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Hamsession: {status}</source>
        <translation>Hamsession: {status}</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <source>Hamsession: new exercise</source>
        <translation>Hamsession: neue Übung</translation>
    </message>
    <message>
        <source>One instruction per line</source>
        <translation>Eine Anweisung pro Zeile</translation>
    </message>
    <message>
        <source>One thing to watch for per line</source>
        <translation>Ein Punkt pro Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Watch for</source>
        <translation>Worauf achten</translation>
    </message>
    <message>
        <source>Give the exercise a name (letters or digits).</source>
        <translation>Geben Sie der Übung einen Namen (Buchstaben oder Ziffern).</translation>
    </message>
</context>
<context>
    <name>FigureStill</name>
    <message>
        <source>Figure of the exercise</source>
        <translation>Abbildung der Übung</translation>
    </message>
</context>
<context>
    <name>FigureStrip</name>
    <message>
        <source>Figures of the program&apos;s steps</source>
        <extracomment>The preview&apos;s colours on the picker&apos;s own page (no background of its own): for a light window, and for a dark one (a dark theme, high contrast).</extracomment>
        <translation>Abbildungen der Programmschritte</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure of the exercise</source>
        <extracomment>What the figure shows now: the figure, its pose, and whether mirrored (left side).</extracomment>
        <translation>Abbildung der Übung</translation>
    </message>
</context>
<context>
    <name>HistoryFlow</name>
    <message>
        <source>Save the report</source>
        <extracomment>After the history is drawn, when to build the next empty view (ms); how often to look again while a session plays. Clinician functions run through this: straight away, or after the clinician PIN. A line for the status bar. The charts were drawn: sessions shown and milliseconds taken. Sessions were imported (the program list may change). The charts are loaded and an empty view is ready: the app has finished starting.</extracomment>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Bericht gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>When</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz danach</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Am nächsten Morgen</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy HH:mm</source>
        <translation>ddd, dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>{when} · {program} · {status} · worst pain {worst} · pain after {after} · effort {effort} · {minutes} min</source>
        <translation>{when} · {program} · {status} · stärkster Schmerz {worst} · Schmerz danach {after} · Anstrengung {effort} · {minutes} min</translation>
    </message>
    <message>
        <source>The history as a table, newest first</source>
        <translation>Der Verlauf als Tabelle, neueste zuerst</translation>
    </message>
    <message>
        <source>{morning}, pain {pain}</source>
        <translation>{morning}, Schmerz {pain}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No sessions here yet. Each session you finish appears here, with the pain and effort you log after it.</source>
        <translation>Noch keine Einheiten. Jede Einheit, die Sie abschließen, erscheint hier – mit dem Schmerz und der Anstrengung, die Sie danach eintragen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Bericht (PDF)…</translation>
    </message>
    <message>
        <source>Table (T)</source>
        <translation>Tabelle (T)</translation>
    </message>
    <message>
        <source>The same figures as a table; Enter opens a session</source>
        <translation>Dieselben Werte als Tabelle; die Eingabetaste öffnet eine Einheit</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>weekly target {minutes} min</source>
        <translation>Wochenziel {minutes} min</translation>
    </message>
    <message>
        <source>Pain (0-10) with the ±2-point band of real change</source>
        <translation>Schmerz (0-10) mit ±2-Punkte-Band (Schwelle für echte Veränderung)</translation>
    </message>
    <message>
        <source>Rolling mean, worst pain</source>
        <translation>Gleitender Mittelwert des stärksten Schmerzes</translation>
    </message>
    <message>
        <source>Worst pain during</source>
        <translation>Stärkster Schmerz während der Einheit</translation>
    </message>
    <message>
        <source>Pain the next morning</source>
        <translation>Schmerz am nächsten Morgen</translation>
    </message>
    <message>
        <source>Pain afterwards</source>
        <translation>Schmerz danach</translation>
    </message>
    <message>
        <source>Sign: form ▲, pelvic ◆, leg ✕, safety ★, stiffer morning ▼</source>
        <translation>Auffälligkeiten: Ausführung ▲, Becken ◆, Bein ✕, Warnzeichen ★, morgens steifer ▼</translation>
    </message>
    <message>
        <source>Effort (0-10)</source>
        <translation>Anstrengung (0-10)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Each week: minutes exercised and minutes under tension</source>
        <translation>Pro Woche: Übungsminuten und Minuten unter Spannung</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Under tension</source>
        <translation>Unter Spannung</translation>
    </message>
    <message>
        <source>weekly target</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>Sessions each week and desk breaks each day</source>
        <translation>Einheiten pro Woche und Schreibtischpausen pro Tag</translation>
    </message>
    <message>
        <source>Sessions in the week</source>
        <translation>Einheiten in der Woche</translation>
    </message>
    <message>
        <source>Desk breaks in the day</source>
        <translation>Schreibtischpausen am Tag</translation>
    </message>
    <message>
        <source>No sessions in this range or program. Choose All to see every session.</source>
        <translation>Keine Einheiten in diesem Zeitraum oder Programm. Wählen Sie „Alle“, um alle Einheiten zu sehen.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Hamsession&apos;s words, used from its next start:</source>
        <translation>Sprache von Hamsession, gilt ab dem nächsten Start:</translation>
    </message>
</context>
<context>
    <name>LegSymptomCheck</name>
    <message>
        <source>Your leg symptoms this week</source>
        <translation>Ihre Beinbeschwerden in dieser Woche</translation>
    </message>
    <message>
        <source>{item}: {score} of {top}</source>
        <translation>{item}: {score} von {top}</translation>
    </message>
    <message>
        <source>Choose a number for: {items}.</source>
        <translation>Wählen Sie eine Zahl für: {items}.</translation>
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <source>Thank you. Please hand the laptop back to your physiotherapist.</source>
        <translation>Vielen Dank. Bitte geben Sie den Laptop an das Praxisteam zurück.</translation>
    </message>
    <message>
        <source>This profile is locked.</source>
        <translation>Dieses Profil ist gesperrt.</translation>
    </message>
    <message>
        <source>Locked after a while without use.</source>
        <translation>Nach längerer Zeit ohne Nutzung gesperrt.</translation>
    </message>
    <message>
        <source>Only the clinician can unlock it.</source>
        <translation>Nur das Praxisteam kann Hamsession entsperren.</translation>
    </message>
    <message>
        <source>Hamsession is locked</source>
        <translation>Hamsession ist gesperrt</translation>
    </message>
    <message>
        <source>{action} (Enter)</source>
        <translation>{action} (Enter)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your history…</source>
        <extracomment>The window was first exposed on screen (its contents can be seen). The history charts were drawn: sessions shown and milliseconds taken.</extracomment>
        <translation>Ihr Verlauf wird geöffnet…</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The new language is used from Hamsession&apos;s next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Hamsession.</translation>
    </message>
    <message>
        <source>Why these exercises</source>
        <translation>Warum diese Übungen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Session</source>
        <extracomment>The menus, in the order they first appear (marked here, translated when built).</extracomment>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>S&amp;ound</source>
        <translation>&amp;Ton</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Praxis</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>Something feels &amp;wrong…</source>
        <translation>Etwas stimmt &amp;nicht…</translation>
    </message>
    <message>
        <source>Ask &amp;pelvic-floor questions after sessions</source>
        <translation>Nach Einheiten &amp;Fragen zum Beckenboden stellen</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation>Verlauf &amp;importieren…</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Profil &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Desk break now</source>
        <translation>Jetzt &amp;Schreibtischpause starten</translation>
    </message>
    <message>
        <source>Desk-break &amp;reminders…</source>
        <translation>E&amp;rinnerungen an Schreibtischpausen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Voll&amp;bild</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Reduced motion (a filling bar for the pacer)</source>
        <translation>&amp;Weniger Bewegung (Atemtakt als Füllbalken)</translation>
    </message>
    <message>
        <source>&amp;High contrast (white on black)</source>
        <translation>&amp;Hoher Kontrast (Weiß auf Schwarz)</translation>
    </message>
    <message>
        <source>&amp;Spoken cues</source>
        <translation>&amp;Gesprochene Hinweise</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;Program editor…</source>
        <translation>&amp;Programm-Editor…</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>Praxis-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache…</translation>
    </message>
    <message>
        <source>&amp;Why these exercises…</source>
        <translation>&amp;Warum diese Übungen…</translation>
    </message>
    <message>
        <source>&amp;References…</source>
        <translation>&amp;Quellen…</translation>
    </message>
    <message>
        <source>&amp;About Hamsession</source>
        <translation>Ü&amp;ber Hamsession</translation>
    </message>
</context>
<context>
    <name>MorningQuestion</name>
    <message>
        <source>Better</source>
        <extracomment>The words shown for each stored pain answer (domain.symptoms.MORNING).</extracomment>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Less stiff</source>
        <extracomment>Stiffness compared with usual: the stored answer, the words shown, the key.</extracomment>
        <translation>Weniger steif</translation>
    </message>
    <message>
        <source>As usual</source>
        <translation>Wie immer</translation>
    </message>
    <message>
        <source>Stiffer</source>
        <translation>Steifer</translation>
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>After your session on {day}: how are your pain and stiffness this morning, compared with usual?</source>
        <translation>Nach Ihrer Einheit am {day}: Wie sind Ihre Schmerzen und Ihre Steifigkeit heute Morgen im Vergleich zu sonst?</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Schmerz:</translation>
    </message>
    <message>
        <source>Stiffness:</source>
        <translation>Steifigkeit:</translation>
    </message>
    <message>
        <source>Pain this morning ({scale})</source>
        <translation>Schmerz heute Morgen ({scale})</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Enter)</translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation>Jetzt nicht (Esc)</translation>
    </message>
    <message>
        <source>{answer} ({key})</source>
        <translation>{answer} ({key})</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Hamsession: PIN</source>
        <translation>Hamsession: PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n s.</source>
        <translation>
            <numerusform>Zu viele falsche Versuche: Bitte %n s warten.</numerusform>
            <numerusform>Zu viele falsche Versuche: Bitte %n s warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Paused for sleep</source>
        <extracomment>What the player says after the system announced a suspend, until the machine wakes.</extracomment>
        <translation>Pausiert wegen Ruhezustand</translation>
    </message>
    <message>
        <source>Paused to read about the exercise</source>
        <translation>Pausiert: Infos zur Übung</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep for {time}</source>
        <translation>Pausiert: Der Computer war {time} im Ruhezustand</translation>
    </message>
    <message>
        <source>Paused: Hamsession was held up for {time}</source>
        <translation>Pausiert: Hamsession war {time} lang blockiert</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Schritt {step} von {steps}</translation>
    </message>
    <message>
        <source>Feel: {feel}</source>
        <translation>Sie spüren: {feel}</translation>
    </message>
    <message>
        <source>Ease off if: {signs}</source>
        <translation>Nachlassen bei: {signs}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Noch {time}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Drücken Sie zum Starten die Leertaste</translation>
    </message>
    <message>
        <source>{reason} · Space to resume</source>
        <translation>{reason} · Weiter mit der Leertaste</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Starten (Leertaste)</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Ton an (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Ton aus (M)</translation>
    </message>
</context>
<context>
    <name>PlayerLabels</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>Breath {rep} of {reps}</source>
        <translation>Atemzug {rep} von {reps}</translation>
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>{phase} {duration} (left side)</source>
        <translation>{phase} {duration} (linke Seite)</translation>
    </message>
    <message>
        <source>{phase} {duration} (right side)</source>
        <translation>{phase} {duration} (rechte Seite)</translation>
    </message>
    <message>
        <source>{phase} {duration}</source>
        <translation>{phase} {duration}</translation>
    </message>
    <message>
        <source>Up next: the end of the session</source>
        <translation>Als Nächstes: Ende der Einheit</translation>
    </message>
    <message>
        <source>Up next: {exercise}</source>
        <translation>Als Nächstes: {exercise}</translation>
    </message>
    <message>
        <source>Up next: {phase}, then {exercise}</source>
        <translation>Als Nächstes: {phase}, dann {exercise}</translation>
    </message>
    <message>
        <source>Up next: {phase}, then the end</source>
        <translation>Als Nächstes: {phase}, dann Ende</translation>
    </message>
    <message>
        <source>Up next: {phase}</source>
        <translation>Als Nächstes: {phase}</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Space start/pause · → next step · ← restart step · Tab steps · I about · Esc end · M mute</source>
        <extracomment>Shares of the window&apos;s height (product.md: readable from 3 m).</extracomment>
        <translation>Leertaste Start/Pause · → weiter · ← von vorn · Tab Schritte · I Infos · Esc Ende · M Ton aus</translation>
    </message>
    <message>
        <source>The steps of this session</source>
        <extracomment>Okabe-Ito colours by phase, distinguishable with colour-blindness; inhale and exhale are the pacer&apos;s own colours, so one colour means one thing on the screen.</extracomment>
        <translation>Die Schritte dieser Einheit</translation>
    </message>
    <message>
        <source>Why this program is built as it is</source>
        <translation>Warum das Programm so aufgebaut ist</translation>
    </message>
    <message>
        <source>End this session?   Enter: end   ·   Esc: keep going</source>
        <translation>Einheit beenden?   Enter: beenden   ·   Esc: weitermachen</translation>
    </message>
    <message>
        <source>How far the session has gone</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>Volume of sounds and voice</source>
        <translation>Lautstärke von Tönen und Stimme</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Ton aus (M)</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Starten (Leertaste)</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <source>Not ready to save: {problem}</source>
        <translation>Noch nicht speicherbar: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Ready to save: %n step(s), total {total} (min:s)</source>
        <translation>
            <numerusform>Bereit zum Speichern: %n Schritt, insgesamt {total} (min:s)</numerusform>
            <numerusform>Bereit zum Speichern: %n Schritte, insgesamt {total} (min:s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Gespeichert unter {file}</translation>
    </message>
    <message>
        <source>Exercise saved; choose it for a step, or Add a step with it.</source>
        <translation>Übung gespeichert. Wählen Sie sie für einen Schritt aus oder legen Sie mit „Hinzufügen“ einen neuen Schritt damit an.</translation>
    </message>
</context>
<context>
    <name>ProgramEditorView</name>
    <message>
        <source>Holds (isometric or stretch)</source>
        <translation>Halten (isometrisch oder als Dehnung)</translation>
    </message>
    <message>
        <source>Moving reps</source>
        <translation>Dynamische Wiederholungen</translation>
    </message>
    <message>
        <source>Paced breaths</source>
        <translation>Atemzüge im Takt</translation>
    </message>
    <message>
        <source>no sides</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>each side, left then right</source>
        <translation>beide Seiten, erst links, dann rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hamsession: program editor</source>
        <translation>Hamsession: Programm-Editor</translation>
    </message>
    <message>
        <source>A new, empty program</source>
        <translation>Ein neues, leeres Programm</translation>
    </message>
    <message>
        <source>Start from: {title}</source>
        <translation>Vorlage: {title}</translation>
    </message>
    <message>
        <source>What the client will see, e.g. Hamstring holds, week 2</source>
        <translation>Was die Person sieht, z. B. Halteübungen Oberschenkelrückseite, Woche 2</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>wird aus dem Titel gebildet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Id (file name)</source>
        <translation>ID (Dateiname)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Get ready before each step</source>
        <translation>Vorbereiten vor jedem Schritt</translation>
    </message>
    <message>
        <source>Breath: in / out</source>
        <translation>Atemtakt: ein / aus</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>The highlighted step</source>
        <translation>Der markierte Schritt</translation>
    </message>
    <message>
        <source>the program&apos;s breath pace</source>
        <translation>Atemtakt des Programms</translation>
    </message>
    <message>
        <source>its own pace (below)</source>
        <translation>eigener Takt (unten)</translation>
    </message>
    <message>
        <source>A cue for this client, shown during the step</source>
        <translation>Hinweis für diese Person, wird während des Schritts angezeigt</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Timed as</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Reps per set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source>Hold each rep</source>
        <translation>Halten je Wiederholung</translation>
    </message>
    <message>
        <source>Release after each hold</source>
        <translation>Lösen nach jedem Halten</translation>
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Breath pace</source>
        <translation>Atemtakt</translation>
    </message>
    <message>
        <source>Own pace: in</source>
        <translation>Eigener Takt: ein</translation>
    </message>
    <message>
        <source>Own pace: out</source>
        <translation>Eigener Takt: aus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Assign to nobody yet</source>
        <translation>Noch niemandem zuweisen</translation>
    </message>
    <message>
        <source>Assign to {name}</source>
        <translation>Zuweisen an {name}</translation>
    </message>
    <message>
        <source>New e&amp;xercise…</source>
        <translation>Neue Ü&amp;bung…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ProgramPicker</name>
    <message>
        <source>Choose a program</source>
        <translation>Wählen Sie ein Programm</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Starten (Enter)</translation>
    </message>
    <message>
        <source>Something feels wrong…</source>
        <translation>Etwas stimmt nicht…</translation>
    </message>
    <message>
        <source>The safety questions, at any time</source>
        <translation>Die Sicherheitsfragen, jederzeit</translation>
    </message>
    <message>
        <source>About the exercises…</source>
        <translation>Über die Übungen…</translation>
    </message>
    <message>
        <source>Why each exercise is there, its breathing, dose and sources</source>
        <translation>Warum jede Übung dabei ist, dazu Atmung, Dosierung und Quellen</translation>
    </message>
    <message>
        <source>Yes, remind me</source>
        <translation>Ja, bitte erinnern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation>Stufe {stage}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigenes Programm</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>noch nicht freigegeben</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Hamsession report: {name}</source>
        <translation>Hamsession-Bericht: {name}</translation>
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Before you start: you told Hamsession about symptoms that need a professional to look at them first.</source>
        <translation>Bevor Sie beginnen: Sie haben Hamsession Beschwerden genannt, die sich zuerst eine Fachperson ansehen sollte.</translation>
    </message>
    <message>
        <source>Sessions stay closed until a doctor, physiotherapist or maternity team has checked this. When they have, Tab to “It has been checked” and press Space or Enter.</source>
        <translation>Die Einheiten bleiben gesperrt, bis dies ärztlich, physiotherapeutisch oder von Ihrer Hebamme abgeklärt wurde. Gehen Sie danach mit der Tab-Taste zu „Wurde abgeklärt“ und drücken Sie die Leertaste oder die Eingabetaste.</translation>
    </message>
    <message>
        <source>Until then the advice is to stop progressing. When it has been checked, Tab to “It has been checked” and press Space or Enter.</source>
        <translation>Bis dahin sollten Sie die Übungen nicht weiter steigern. Wenn es abgeklärt wurde, gehen Sie mit der Tab-Taste zu „Wurde abgeklärt“ und drücken Sie die Leertaste oder die Eingabetaste.</translation>
    </message>
    <message>
        <source>Please check this first</source>
        <translation>Bitte zuerst abklären lassen</translation>
    </message>
    <message>
        <source>Back to programs (Esc)</source>
        <translation>Zurück zu den Programmen (Esc)</translation>
    </message>
    <message>
        <source>Not checked yet: start anyway</source>
        <translation>Noch nicht abgeklärt: trotzdem starten</translation>
    </message>
    <message>
        <source>It has been checked</source>
        <translation>Wurde abgeklärt</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>Hamsession guides exercise; it does not diagnose.</source>
        <extracomment>Badge colours (light theme, dark theme), each at least 4.5:1 against its window.</extracomment>
        <translation>Hamsession leitet Übungen an; es stellt keine Diagnosen.</translation>
    </message>
    <message>
        <source>{urgency}: {message}</source>
        <translation>{urgency}: {message}</translation>
    </message>
    <message>
        <source>I have read this (Enter)</source>
        <translation>Ich habe das gelesen (Enter)</translation>
    </message>
    <message>
        <source>{action} (Enter)</source>
        <translation>{action} (Enter)</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>Before you begin</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Weekly check</source>
        <translation>Wöchentliche Nachfrage</translation>
    </message>
    <message>
        <source>Something feels wrong?</source>
        <translation>Etwas stimmt nicht?</translation>
    </message>
    <message>
        <source>Hamsession guides exercise; it does not diagnose. Before your first session, please check the list below. If any of these is new for you, get medical advice before you exercise.</source>
        <translation>Hamsession leitet Übungen an; es stellt keine Diagnosen. Bitte gehen Sie vor Ihrer ersten Einheit die Liste unten durch. Wenn etwas davon neu für Sie ist, lassen Sie sich ärztlich beraten, bevor Sie üben.</translation>
    </message>
    <message>
        <source>A weekly check before you carry on: is any of these new for you?</source>
        <translation>Die wöchentliche Nachfrage, bevor es weitergeht: Ist etwas davon neu für Sie?</translation>
    </message>
    <message>
        <source>Tick anything that is happening now. If something else worries you, stop and speak to a health professional.</source>
        <translation>Kreuzen Sie alles an, was gerade auftritt. Wenn Sie etwas anderes beunruhigt, hören Sie auf und sprechen Sie mit einer medizinischen Fachperson.</translation>
    </message>
    <message>
        <source>About your history</source>
        <translation>Zu Ihrer Vorgeschichte</translation>
    </message>
    <message>
        <source>Carry on (Enter)</source>
        <translation>Weiter (Enter)</translation>
    </message>
    <message>
        <source>Nothing ticked means none of these apply.</source>
        <translation>Nichts angekreuzt heißt: Nichts davon trifft zu.</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Planned s</source>
        <translation>Geplant (s)</translation>
    </message>
    <message>
        <source>Actual s</source>
        <translation>Tatsächlich (s)</translation>
    </message>
    <message>
        <source>No symptom log was saved for this session.</source>
        <translation>Für diese Einheit wurde kein Beschwerdeprotokoll gespeichert.</translation>
    </message>
    <message>
        <source>Worst pain {worst} · pain after {after} · effort {effort}</source>
        <translation>Stärkster Schmerz {worst} · Schmerz danach {after} · Anstrengung {effort}</translation>
    </message>
    <message>
        <source>Where: {regions}</source>
        <translation>Wo: {regions}</translation>
    </message>
    <message>
        <source>Form: {signs}</source>
        <translation>Ausführung: {signs}</translation>
    </message>
    <message>
        <source>Legs: {signs}</source>
        <translation>Beine: {signs}</translation>
    </message>
    <message>
        <source>Next morning: {morning}, pain {pain}</source>
        <translation>Am nächsten Morgen: {morning}, Schmerz {pain}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation>dddd, d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Session of {when}</source>
        <translation>Einheit vom {when}</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>How did that go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Session complete</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation>Einheit vorzeitig beendet</translation>
    </message>
    <message>
        <source>Time: {time}    Holds done: {holds}    Time under tension: {tension}</source>
        <translation>Zeit: {time}    Haltephasen: {holds}    Zeit unter Spannung: {tension}</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Annehmen (A)</translation>
    </message>
    <message>
        <source>Back to programs (Enter)</source>
        <translation>Zurück zu den Programmen (Enter)</translation>
    </message>
    <message>
        <source>{offer} (A)</source>
        <translation>{offer} (A)</translation>
    </message>
</context>
<context>
    <name>SymptomLog</name>
    <message>
        <source>Where did it hurt? (worst pain there, if you like)</source>
        <translation>Wo hat es wehgetan? (wenn Sie möchten, mit dem stärksten Schmerz dort)</translation>
    </message>
    <message>
        <source>Worst pain, {region}, 0 to 10</source>
        <translation>Stärkster Schmerz, {region}, 0 bis 10</translation>
    </message>
    <message>
        <source>Type a number for each scale ({scale}); leave it empty to skip it. Ctrl+Return saves, Esc closes without answers.</source>
        <translation>Geben Sie für jede Skala eine Zahl ein ({scale}); lassen Sie das Feld leer, um sie auszulassen. Strg+Eingabe speichert, Esc schließt ohne Antworten.</translation>
    </message>
    <message>
        <source>Worst pain during the session, 0 to 10</source>
        <translation>Stärkster Schmerz während der Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>Pain now, 0 to 10</source>
        <translation>Schmerz jetzt, 0 bis 10</translation>
    </message>
    <message>
        <source>Effort of the session, 0 to 10</source>
        <translation>Anstrengung der Einheit, 0 bis 10</translation>
    </message>
    <message>
        <source>Worst pain during the session</source>
        <translation>Stärkster Schmerz während der Einheit</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Schmerz jetzt</translation>
    </message>
    <message>
        <source>Effort (0 = none, 10 = the hardest you can do)</source>
        <translation>Anstrengung (0 = keine, 10 = mehr geht nicht)</translation>
    </message>
    <message>
        <source>Did you notice any of these?</source>
        <translation>Haben Sie etwas davon bemerkt?</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Beinbeschwerden</translation>
    </message>
    <message>
        <source>Pelvic floor, today</source>
        <translation>Beckenboden, heute</translation>
    </message>
    <message>
        <source>the exercise, if any urine leaked</source>
        <translation>die Übung, falls ja</translation>
    </message>
    <message>
        <source>Any urine leakage? In which exercise?</source>
        <translation>Ungewollt Urin verloren? Bei welcher Übung?</translation>
    </message>
    <message>
        <source>Something feels wrong? Tick anything that is new today</source>
        <translation>Etwas stimmt nicht? Kreuzen Sie alles an, was heute neu ist</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notizen (optional)</translation>
    </message>
    <message>
        <source>Notes about this session (optional)</source>
        <translation>Notizen zu dieser Einheit (optional)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Close without answers (Esc)</source>
        <translation>Ohne Antworten schließen (Esc)</translation>
    </message>
    <message>
        <source>Please check the scales: {error}.</source>
        <translation>Bitte prüfen Sie die Skalen: {error}.</translation>
    </message>
    <message>
        <source>Not saved ({reason}). Your answers are still here: press Save again once the problem is fixed.</source>
        <translation>Nicht gespeichert ({reason}). Ihre Antworten sind noch da: Drücken Sie erneut auf „Speichern“, sobald das Problem behoben ist.</translation>
    </message>
</context>
<context>
    <name>TransferDialogs</name>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Hamsession export (*.json)</source>
        <translation>Hamsession-Export (*.json)</translation>
    </message>
    <message>
        <source>History exported to {path}</source>
        <translation>Verlauf exportiert nach {path}</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Importing sessions…</source>
        <translation>Einheiten werden importiert…</translation>
    </message>
    <message>
        <source>Imported, with notes</source>
        <translation>Importiert, mit Hinweisen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new session(s) of {total} from {path}</source>
        <translation>
            <numerusform>%n neue Einheit von {total} aus {path} importiert</numerusform>
            <numerusform>%n neue Einheiten von {total} aus {path} importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation>Es wurde nichts importiert: {problem}</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>The speech service is not answering: spoken cues are off</source>
        <extracomment>Names the speech engine to use (tests use &quot;mock&quot;); otherwise the first real one found. Phrases waiting behind the one being spoken; older waiting ones are dropped, so the voice never falls far behind the session.</extracomment>
        <translation>Die Sprachausgabe antwortet nicht: Gesprochene Hinweise sind aus</translation>
    </message>
</context>
<context>
    <name>Wiring</name>
    <message>
        <source>Clinic mode: clinician functions need the PIN</source>
        <translation>Praxismodus: Praxisfunktionen nur mit PIN</translation>
    </message>
</context>
<context>
    <name>_CheckinPage</name>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Enter)</translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation>Jetzt nicht (Esc)</translation>
    </message>
</context>
</TS>
