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
    <name>AboutExercise</name>
    <message>
        <source>stated in a source article</source>
        <translation>in einem Quellartikel angegeben</translation>
    </message>
    <message>
        <source>from published research</source>
        <translation>aus veröffentlichter Forschung</translation>
    </message>
    <message>
        <source>a default, which a clinician may change</source>
        <translation>ein Standardwert, den eine Fachperson ändern kann</translation>
    </message>
    <message>
        <source>Why it is here: {why}</source>
        <translation>Warum sie dabei ist: {why}</translation>
    </message>
    <message>
        <source>Breathing: {breath}</source>
        <translation>Atmung: {breath}</translation>
    </message>
    <message>
        <source>Said while you move, one at a time:</source>
        <translation>Wird während der Bewegung angesagt, einer nach dem anderen:</translation>
    </message>
    <message>
        <source>Dose: {dose}.</source>
        <translation>Dosierung: {dose}.</translation>
    </message>
    <message>
        <source>Where the numbers come from: {basis}</source>
        <translation>Woher die Zahlen stammen: {basis}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Where it comes from: {basis}</source>
        <translation>Worauf es beruht: {basis}</translation>
    </message>
    <message>
        <source>Its steps&apos; numbers:</source>
        <translation>Zahlen der einzelnen Schritte:</translation>
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
    <name>Advice</name>
    <message>
        <source>Ready to progress</source>
        <extracomment>The advice&apos;s first words per action, in English; translated where they are used.</extracomment>
        <translation>Bereit zum Steigern</translation>
    </message>
    <message>
        <source>Next time, repeat this dose</source>
        <translation>Beim nächsten Mal diese Dosierung wiederholen</translation>
    </message>
    <message>
        <source>Next time, step back</source>
        <translation>Beim nächsten Mal die Dosierung verringern</translation>
    </message>
    <message>
        <source>Please ask your physiotherapist for a review</source>
        <translation>Bitte fragen Sie Ihre Physiotherapiepraxis nach einer Überprüfung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>„{title}“</translation>
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation>{one} oder {other}</translation>
    </message>
    <message>
        <source>Opens after two green sessions in a row of {programs}, or when your physiotherapist opens it</source>
        <translation>Wird nach zwei grünen Einheiten in Folge mit {programs} freigegeben oder wenn Ihre Physiotherapiepraxis es freigibt</translation>
    </message>
    <message>
        <source>Hidden while sit-bone pain (F1) is flagged: {programs}.</source>
        <translation>Ausgeblendet, solange Sitzbeinschmerz (F1) vermerkt ist: {programs}.</translation>
    </message>
    <message>
        <source>Ready for the next stage, {program}</source>
        <translation>Bereit für die nächste Stufe, {program}</translation>
    </message>
    <message>
        <source>Next time, go back to {program}</source>
        <translation>Beim nächsten Mal zurück zu {program}</translation>
    </message>
    <message>
        <source>{advice}.</source>
        <translation>{advice}.</translation>
    </message>
    <message>
        <source>{advice}: {reasons}</source>
        <translation>{advice}: {reasons}</translation>
    </message>
    <message>
        <source>{advice}: {reasons}.</source>
        <translation>{advice}: {reasons}.</translation>
    </message>
    <message>
        <source>Choose {program} next time</source>
        <translation>Nächstes Mal {program} wählen</translation>
    </message>
    <message>
        <source>Use the next level from next time</source>
        <translation>Ab dem nächsten Mal das nächste Level nutzen</translation>
    </message>
    <message>
        <source>Use an easier version from next time</source>
        <translation>Ab dem nächsten Mal eine leichtere Variante nutzen</translation>
    </message>
    <message>
        <source>there is nothing to accept for &apos;{program}&apos;</source>
        <translation>für „{program}“ gibt es nichts anzunehmen</translation>
    </message>
    <message>
        <source>Next time, choose “{program}”.</source>
        <translation>Wählen Sie beim nächsten Mal „{program}“.</translation>
    </message>
    <message>
        <source>Every step is already at the end of its range: nothing changed.</source>
        <translation>Jeder Schritt ist schon am Ende seiner Spanne: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Saved as “{program}” in your programs. The original stays as it was.</source>
        <translation>Als „{program}“ in Ihren Programmen gespeichert. Das Original bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>AdviceReasons</name>
    <message>
        <source>two sessions in a row were in the red zone: please ask your physiotherapist</source>
        <translation>zwei Einheiten in Folge lagen im roten Bereich: Bitte fragen Sie in Ihrer Physiotherapiepraxis nach</translation>
    </message>
    <message>
        <source>pelvic-floor symptoms came back: a pelvic-health physiotherapist can help</source>
        <translation>die Beckenbodenbeschwerden sind wiedergekommen: Physiotherapie mit Schwerpunkt Beckenboden kann helfen</translation>
    </message>
    <message>
        <source>leg symptoms in two sessions in a row: please see your physiotherapist</source>
        <translation>Beinbeschwerden in zwei Einheiten in Folge: Bitte suchen Sie Ihre Physiotherapiepraxis auf</translation>
    </message>
    <message>
        <source>pain rose by {rise} points on average from last week</source>
        <translation>der Schmerz ist im Durchschnitt um {rise} Punkte gegenüber der Vorwoche gestiegen</translation>
    </message>
    <message numerus="yes">
        <source>%n morning(s) this week were stiffer than usual, more than the week before</source>
        <translation>
            <numerusform>diese Woche war es an %n Morgen steifer als sonst, öfter als in der Woche davor</numerusform>
            <numerusform>diese Woche war es an %n Morgen steifer als sonst, öfter als in der Woche davor</numerusform>
        </translation>
    </message>
    <message>
        <source>the next morning after your session is not known yet</source>
        <translation>der Morgen nach Ihrer Einheit steht noch aus</translation>
    </message>
    <message>
        <source>no session of this program has a pain score yet</source>
        <translation>noch keine Einheit dieses Programms hat einen Schmerzwert</translation>
    </message>
    <message>
        <source>one green session: one more like it before progressing</source>
        <translation>eine grüne Einheit: noch eine weitere wie diese, bevor gesteigert wird</translation>
    </message>
    <message>
        <source>leg symptoms in your last session: no progression for now</source>
        <translation>Beinbeschwerden in Ihrer letzten Einheit: vorerst keine Steigerung</translation>
    </message>
    <message>
        <source>your last session ({program}) was in the red zone</source>
        <translation>Ihre letzte Einheit ({program}) lag im roten Bereich</translation>
    </message>
    <message>
        <source>two green sessions in a row ({reason})</source>
        <translation>zwei grüne Einheiten in Folge ({reason})</translation>
    </message>
    <message>
        <source>your last session was green so far; the next morning can still change this</source>
        <translation>Ihre letzte Einheit ist bisher grün; der nächste Morgen kann das noch ändern</translation>
    </message>
    <message>
        <source>every step is at the top of its range: the next stage is open</source>
        <translation>jeder Schritt ist am oberen Ende seiner Spanne: Die nächste Stufe ist freigegeben</translation>
    </message>
    <message>
        <source>every step is at the top of its range; ask your physiotherapist what next</source>
        <translation>jeder Schritt ist am oberen Ende seiner Spanne; fragen Sie Ihre Physiotherapiepraxis, wie es weitergeht</translation>
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
    <name>Breath</name>
    <message>
        <source>Inhale: ribs expand</source>
        <translation>Einatmen: Rippen weiten sich</translation>
    </message>
    <message>
        <source>Exhale: soften</source>
        <translation>Ausatmen: locker lassen</translation>
    </message>
    <message>
        <source>Exhale into the effort, keep breathing</source>
        <translation>In die Anstrengung ausatmen, weiteratmen</translation>
    </message>
    <message>
        <source>Breathe easy</source>
        <translation>Locker atmen</translation>
    </message>
    <message>
        <source>Inhale as you lower, with control</source>
        <translation>Beim Absenken kontrolliert einatmen</translation>
    </message>
    <message>
        <source>Breathe easily with the movement</source>
        <translation>Locker mit der Bewegung atmen</translation>
    </message>
</context>
<context>
    <name>BreathPace</name>
    <message>
        <source>pace of {inhale} s in and {exhale} s out is {per_minute} breaths a minute; keep it between {low} and {high}</source>
        <translation>ein Takt von {inhale} s ein und {exhale} s aus ergibt {per_minute} Atemzüge pro Minute; bleiben Sie zwischen {low} und {high}</translation>
    </message>
    <message>
        <source>pace of {inhale} s in and {exhale} s out: the exhale must be 1 to {longest} times as long as the inhale</source>
        <translation>ein Takt von {inhale} s ein und {exhale} s aus: Das Ausatmen muss 1- bis {longest}-mal so lang sein wie das Einatmen</translation>
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
    <name>Cards</name>
    <message>
        <source>(Sources: {sources})</source>
        <translation>(Quellen: {sources})</translation>
    </message>
</context>
<context>
    <name>ChartRange</name>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
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
    <name>ClientFile</name>
    <message>
        <source>program {program} left out: {reason}</source>
        <translation>Programm {program} ausgelassen: {reason}</translation>
    </message>
    <message>
        <source>program {program} left out: a different program has that id here</source>
        <translation>Programm {program} ausgelassen: Hier hat ein anderes Programm diese ID</translation>
    </message>
    <message>
        <source>variant {variant} left out: {reason}</source>
        <translation>Variante {variant} ausgelassen: {reason}</translation>
    </message>
    <message>
        <source>assigned program {program} is not on this computer</source>
        <translation>das zugewiesene Programm {program} ist auf diesem Computer nicht vorhanden</translation>
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
    <name>Clinic</name>
    <message>
        <source>this needs the clinician PIN</source>
        <translation>dafür ist die Praxis-PIN nötig</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n s.</source>
        <translation>
            <numerusform>Zu viele falsche Versuche: Bitte %n s warten.</numerusform>
            <numerusform>Zu viele falsche Versuche: Bitte %n s warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n s.</source>
        <translation>
            <numerusform>Falsche PIN. Bitte in %n s erneut versuchen.</numerusform>
            <numerusform>Falsche PIN. Bitte in %n s erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown program &apos;{program}&apos;</source>
        <translation>unbekanntes Programm „{program}“</translation>
    </message>
    <message>
        <source>the idle lock is {low} to {high} minutes</source>
        <translation>die Sperre nach Inaktivität liegt bei {low} bis {high} Minuten</translation>
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
    <name>DataFolder</name>
    <message>
        <source>--data-dir names no folder (it is empty)</source>
        <translation>--data-dir nennt keinen Ordner (der Wert ist leer)</translation>
    </message>
    <message>
        <source>{variable} is set but empty: name a folder or unset it</source>
        <translation>{variable} ist gesetzt, aber leer: Nennen Sie einen Ordner oder entfernen Sie die Variable</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a link to nothing</source>
        <translation>eine Verknüpfung ins Leere</translation>
    </message>
    <message>
        <source>a link that leads round in a circle</source>
        <translation>eine Verknüpfung, die im Kreis führt</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>cannot write in the data folder {folder}: {reason}</source>
        <extracomment>The newest schema revision in migrations/ (a test keeps this in step with the scripts). SQLite result codes that mean the file itself is not a sound database.</extracomment>
        <translation>im Datenordner {folder} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason})</source>
        <translation>{name} ist beschädigt und kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a Hamsession database</source>
        <extracomment>Below this much free space the disk is taken as full: SQLite could not even make the 32 KiB shared-memory index that reading a WAL-mode file needs.</extracomment>
        <translation>{name} ist keine Datenbank von Hamsession</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>{name} is damaged inside ({first})</source>
        <translation>{name} ist im Inneren beschädigt ({first})</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes) although backups of your history exist</source>
        <translation>{name} ist leer (0 Byte), obwohl Sicherungskopien Ihres Verlaufs vorhanden sind</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Hamsession (schema {revision}); update Hamsession to open it</source>
        <translation>{name} wurde von einer neueren Version von Hamsession geschrieben (Schema {revision}); aktualisieren Sie Hamsession, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>cannot use {folder} as the data folder: it is {found}</source>
        <translation>{folder} kann nicht als Datenordner verwendet werden: Es ist {found}</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>der Datenordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is {found}, not a history file: move it away or choose another data folder</source>
        <translation>{path} ist {found}, keine Verlaufsdatei: Verschieben Sie sie oder wählen Sie einen anderen Datenordner</translation>
    </message>
    <message>
        <source>today&apos;s backup could not be made ({reason})</source>
        <translation>die heutige Sicherungskopie konnte nicht angelegt werden ({reason})</translation>
    </message>
    <message>
        <source>the disk holding the data folder {folder} is full: free some space and try again</source>
        <translation>der Datenträger mit dem Datenordner {folder} ist voll: Schaffen Sie etwas Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot use the data folder {folder}: {reason}</source>
        <translation>der Datenordner {folder} kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>Hamsession is already open with the data folder {folder}</source>
        <translation>Hamsession ist mit dem Datenordner {folder} bereits geöffnet</translation>
    </message>
    <message>
        <source>cannot keep the session journal {path}: {reason}</source>
        <translation>das Sitzungsjournal {path} kann nicht geführt werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is set but empty: give a URL or leave it out</source>
        <translation>{name} ist gesetzt, aber leer: Geben Sie eine URL an oder lassen Sie die Angabe weg</translation>
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
    <name>DatabaseServer</name>
    <message>
        <source>the database URL is not one Hamsession understands: write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <extracomment>Seconds to wait for the server to answer before saying it cannot be reached. One lock number for &quot;a laptop is upgrading the schema&quot;: the others wait for it.</extracomment>
        <translation>Hamsession versteht diese Datenbank-URL nicht: Schreiben Sie sie als postgresql://BENUTZER@HOST:PORT/DATENBANK</translation>
    </message>
    <message>
        <source>the database URL must start with postgresql:// (not {scheme}://); leave it out to keep the history in the data folder</source>
        <translation>die Datenbank-URL muss mit postgresql:// beginnen (nicht mit {scheme}://); lassen Sie sie weg, damit der Verlauf im Datenordner bleibt</translation>
    </message>
    <message>
        <source>the PostgreSQL driver is not installed: install hamsession[postgres]</source>
        <translation>der PostgreSQL-Treiber ist nicht installiert: Installieren Sie hamsession[postgres]</translation>
    </message>
    <message>
        <source>the database on {server} was written by a newer version of Hamsession (schema {revision}); update Hamsession to use it</source>
        <translation>die Datenbank auf {server} wurde von einer neueren Version von Hamsession geschrieben (Schema {revision}); aktualisieren Sie Hamsession, um sie zu verwenden</translation>
    </message>
    <message>
        <source>cannot use the database on {server}: {reason}</source>
        <translation>die Datenbank auf {server} kann nicht verwendet werden: {reason}</translation>
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
        <source>{answer} ({key})</source>
        <translation>{answer} ({key})</translation>
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
    <message>
        <source>How do your back and hamstrings feel?</source>
        <extracomment>The one question after a desk break (shown through :func:`feel_question`), and its answers: stored as they are here, shown through :func:`feel_word`.</extracomment>
        <translation>Wie fühlen sich Ihr Rücken und Ihre hintere Oberschenkelmuskulatur an?</translation>
    </message>
    <message>
        <source>Better</source>
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
</context>
<context>
    <name>DoseWords</name>
    <message numerus="yes">
        <source>{sets} x %n hold(s) of {hold} s</source>
        <extracomment>The built-in programs for runners, listed after the back and hamstring programs.</extracomment>
        <translation>
            <numerusform>{sets} x %n Haltephase von {hold} s</numerusform>
            <numerusform>{sets} x %n Haltephasen von je {hold} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) of {hold} s</source>
        <translation>
            <numerusform>%n Haltephase von {hold} s</numerusform>
            <numerusform>%n Haltephasen von je {hold} s</numerusform>
        </translation>
    </message>
    <message>
        <source>{sets} x {each} each side, alternating, {rep} s a rep</source>
        <translation>{sets} x {each} je Seite, abwechselnd, {rep} s pro Wiederholung</translation>
    </message>
    <message>
        <source>{each} each side, alternating, {rep} s a rep</source>
        <translation>{each} je Seite, abwechselnd, {rep} s pro Wiederholung</translation>
    </message>
    <message numerus="yes">
        <source>{sets} x %n rep(s) of {rep} s</source>
        <translation>
            <numerusform>{sets} x %n Wiederholung von {rep} s</numerusform>
            <numerusform>{sets} x %n Wiederholungen von je {rep} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) of {rep} s</source>
        <translation>
            <numerusform>%n Wiederholung von {rep} s</numerusform>
            <numerusform>%n Wiederholungen von je {rep} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paced breath(s)</source>
        <translation>
            <numerusform>%n Atemzug im Takt</numerusform>
            <numerusform>%n Atemzüge im Takt</numerusform>
        </translation>
    </message>
    <message>
        <source>{sets} x {minutes} min, walk {rest} s between</source>
        <translation>{sets} x {minutes} min, dazwischen {rest} s gehen</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{dose} each side</source>
        <translation>{dose} pro Seite</translation>
    </message>
    <message>
        <source>{dose} (left side)</source>
        <translation>{dose} (linke Seite)</translation>
    </message>
    <message>
        <source>{dose} (right side)</source>
        <translation>{dose} (rechte Seite)</translation>
    </message>
    <message>
        <source>{dose}, rest {rest} s</source>
        <translation>{dose}, Pause {rest} s</translation>
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <source>Go to A&amp;E now, or call 999 or 111.</source>
        <extracomment>112 reaches the emergency services across the European Union (and these neighbours). The sentences in English, as marked; :func:`emergency_words` translates the one it picks.</extracomment>
        <translation>Gehen Sie jetzt in die Notaufnahme (A&amp;E) oder rufen Sie die 999 oder die 111 an.</translation>
    </message>
    <message>
        <source>Call 911 or go to an emergency room now.</source>
        <translation>Rufen Sie jetzt die 911 an oder gehen Sie in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>Call 911 or go to an emergency department now.</source>
        <translation>Rufen Sie jetzt die 911 an oder gehen Sie in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>Call 000 or go to an emergency department now.</source>
        <translation>Rufen Sie jetzt die 000 an oder gehen Sie in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>Call 111 or go to an emergency department now.</source>
        <translation>Rufen Sie jetzt die 111 an oder gehen Sie in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>Call 112 or go to an emergency department now.</source>
        <translation>Rufen Sie jetzt die 112 an oder gehen Sie in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>Call your local emergency number or go to an emergency department now.</source>
        <translation>Rufen Sie jetzt die örtliche Notrufnummer an oder gehen Sie in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>If your doctor&apos;s practice is closed, call the out-of-hours service on {number}.</source>
        <extracomment>The national number for a doctor out of hours, where a country has one: NHS 111 in the UK, the medical on-call service 116 117 in Germany, the health line 1450 in Austria.</extracomment>
        <translation>Wenn Ihre Arztpraxis geschlossen ist, erreichen Sie ärztliche Hilfe außerhalb der Sprechzeiten unter {number}.</translation>
    </message>
</context>
<context>
    <name>ExerciseFile</name>
    <message>
        <source>{key} must list at least one instruction (or mark the exercise {line})</source>
        <translation>{key} muss mindestens eine Anleitung enthalten (oder markieren Sie die Übung mit {line})</translation>
    </message>
    <message>
        <source>{key} goes from low to high, got {low} to {high}</source>
        <translation>{key} geht vom kleineren zum größeren Wert, gefunden: {low} bis {high}</translation>
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
    <name>FileProblems</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save the file as UTF-8</source>
        <translation>kein UTF-8-Text (Byte {byte}); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>not valid here: a key of more than {parts} dotted parts</source>
        <translation>hier nicht gültig: ein Schlüssel mit mehr als {parts} durch Punkte getrennten Teilen</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>kein gültiges TOML: {reason}</translation>
    </message>
    <message>
        <source>not valid here: nested too deeply</source>
        <translation>hier nicht gültig: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not valid here: {reason}</source>
        <translation>hier nicht gültig: {reason}</translation>
    </message>
    <message>
        <source>{key} must be a number, got {value}</source>
        <extracomment>What a value of the wrong kind should have been (the messages are translated where used).</extracomment>
        <translation>{key} muss eine Zahl sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must be a whole number, got {value}</source>
        <translation>{key} muss eine ganze Zahl sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must be text in quotes, got {value}</source>
        <translation>{key} muss Text in Anführungszeichen sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must be a list, got {value}</source>
        <translation>{key} muss eine Liste sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must be a table, got {value}</source>
        <translation>{key} muss eine Tabelle sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must be {true} or {false}, got {value}</source>
        <translation>{key} muss {true} oder {false} sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must be a finite number, got {value}</source>
        <translation>{key} muss eine endliche Zahl sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;</source>
        <translation>unbekannter Schlüssel &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (did you mean &apos;{suggestion}&apos;?)</source>
        <translation>unbekannter Schlüssel &apos;{key}&apos; (meinten Sie &apos;{suggestion}&apos;?)</translation>
    </message>
    <message>
        <source>{key} must be at most {limit}, got {value}</source>
        <translation>{key} darf höchstens {limit} sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must be at most {limit} s (10 minutes), got {value}</source>
        <translation>{key} darf höchstens {limit} s (10 Minuten) sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must be at most {limit} s, got {value}</source>
        <translation>{key} darf höchstens {limit} s sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>der erforderliche Schlüssel &apos;{key}&apos; fehlt</translation>
    </message>
    <message>
        <source>{key} must be a positive number, got {value}</source>
        <translation>{key} muss eine positive Zahl sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must be at least {bound}, got {value}</source>
        <translation>{key} muss mindestens {bound} sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>an allowed value</source>
        <translation>ein erlaubter Wert</translation>
    </message>
    <message>
        <source>{key} must be {allowed}, got {value}</source>
        <translation>{key} muss {allowed} sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must use lowercase letters, digits and single hyphens, got {value}</source>
        <translation>{key} darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten, gefunden: {value}</translation>
    </message>
    <message>
        <source>{key} must not be empty</source>
        <translation>{key} darf nicht leer sein</translation>
    </message>
    <message>
        <source>{key} is too long</source>
        <translation>{key} ist zu lang</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>a profile named &apos;{name}&apos; already exists</source>
        <translation>ein Profil namens „{name}“ gibt es bereits</translation>
    </message>
    <message>
        <source>unknown profile &apos;{name}&apos;</source>
        <translation>unbekanntes Profil „{name}“</translation>
    </message>
    <message>
        <source>the weekly target is 1 to 1000 minutes</source>
        <translation>das Wochenziel liegt zwischen 1 und 1000 Minuten</translation>
    </message>
    <message>
        <source>no session {session} in this profile</source>
        <translation>keine Einheit {session} in diesem Profil</translation>
    </message>
    <message>
        <source>unknown threshold {name}</source>
        <translation>unbekannter Grenzwert {name}</translation>
    </message>
    <message>
        <source>{name} must be a number from 0 to 10</source>
        <translation>{name} muss eine Zahl von 0 bis 10 sein</translation>
    </message>
    <message>
        <source>the morning answer is better, same or worse, with pain 0 to 10 and stiffness better, same or worse</source>
        <translation>die Antwort zum Morgen ist besser, gleich oder schlechter, mit Schmerz von 0 bis 10 und Steifigkeit besser, gleich oder schlechter</translation>
    </message>
    <message>
        <source>after a desk break the answer is better, same or worse</source>
        <translation>nach einer Schreibtischpause lautet die Antwort besser, gleich oder schlechter</translation>
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
        <extracomment>A program&apos;s title from its id (the history flow hands over the library&apos;s).</extracomment>
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
    <name>ImportFile</name>
    <message>
        <source>a key appears twice in one object</source>
        <extracomment>Sessions written per batch while the file is read. At most this many problems are listed for one file.</extracomment>
        <translation>ein Schlüssel kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>not valid here: nested too deeply</source>
        <translation>hier nicht gültig: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not valid here: {reason}</source>
        <translation>hier nicht gültig: {reason}</translation>
    </message>
    <message>
        <source>not a Hamsession export file</source>
        <translation>keine Exportdatei von Hamsession</translation>
    </message>
    <message>
        <source>export version {version} is not one this Hamsession reads (it reads version {ours})</source>
        <translation>Exportversion {version} kann diese Hamsession-Version nicht lesen (sie liest Version {ours})</translation>
    </message>
    <message>
        <source>the file holds a number too large to store ({reason})</source>
        <translation>die Datei enthält eine Zahl, die zu groß zum Speichern ist ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not imported: another profile already holds the same id(s) (first: {first})</source>
        <translation>
            <numerusform>%n Einheit nicht importiert: Ein anderes Profil hat bereits dieselbe ID (erste: {first})</numerusform>
            <numerusform>%n Einheiten nicht importiert: Ein anderes Profil hat bereits dieselben IDs (erste: {first})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>The desktop&apos;s language</source>
        <extracomment>The dialog&apos;s text size before large text (the Help dialogs&apos; size).</extracomment>
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
    <name>Levels</name>
    <message>
        <source>{title} · eased</source>
        <translation>{title} · erleichtert</translation>
    </message>
    <message>
        <source>{title} · level {level}</source>
        <translation>{title} · Level {level}</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>duplicate program id &apos;{program}&apos; (also in {file})</source>
        <translation>doppelte Programm-ID &apos;{program}&apos; (auch in {file})</translation>
    </message>
    <message>
        <source>duplicate exercise id &apos;{exercise}&apos;</source>
        <translation>doppelte Übungs-ID &apos;{exercise}&apos;</translation>
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
        <translation>Wie sonst</translation>
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
    <name>Outcomes</name>
    <message>
        <source>Pain in the leg</source>
        <extracomment>The four items of the Sciatica Bothersomeness Index (Patrick 1995, R21), each 0-6: the item ids are stored; the labels (English, as marked) are shown through :func:`sbi_items`.</extracomment>
        <translation>Schmerzen im Bein</translation>
    </message>
    <message>
        <source>Numbness or tingling in the leg, foot or toes</source>
        <translation>Taubheitsgefühl oder Kribbeln im Bein, im Fuß oder in den Zehen</translation>
    </message>
    <message>
        <source>Weakness in the leg or foot</source>
        <translation>Schwäche im Bein oder im Fuß</translation>
    </message>
    <message>
        <source>Pain in the back or leg when sitting</source>
        <translation>Schmerzen im Rücken oder im Bein beim Sitzen</translation>
    </message>
    <message>
        <source>Over the last week, how much has each of these bothered you?</source>
        <translation>Wie sehr hat Sie in der letzten Woche jede dieser Beschwerden gestört?</translation>
    </message>
    <message>
        <source>0 = not at all, 6 = extremely</source>
        <translation>0 = überhaupt nicht, 6 = extrem</translation>
    </message>
    <message>
        <source>Name up to three activities your back or hamstrings make hard for you, and score how well you can do each one today.</source>
        <extracomment>Asked when the log named leg symptoms this many days back, at most once a week. Neither check-in comes on the day it first could: the first day of use (screening, a session and its log) and the day of a log with leg symptoms have questions enough. The Patient-Specific Functional Scale (Stratford 1995, R20): up to three activities the person names, each 0-10; a change of 2 in the average (3 for one activity) is real.</extracomment>
        <translation>Nennen Sie bis zu drei Tätigkeiten, die Ihnen wegen Ihres Rückens oder Ihrer hinteren Oberschenkelmuskulatur schwerfallen, und bewerten Sie, wie gut Sie jede davon heute ausführen können.</translation>
    </message>
    <message>
        <source>0 = cannot do it at all, 10 = as well as before the problem</source>
        <translation>0 = geht überhaupt nicht, 10 = so gut wie vor den Beschwerden</translation>
    </message>
    <message>
        <source>the leg-symptom check-in needs a score for each of its four items</source>
        <translation>die Zwischenfrage zu Beinbeschwerden braucht einen Wert für jeden ihrer vier Punkte</translation>
    </message>
    <message>
        <source>name between one and {most} activities</source>
        <translation>nennen Sie eine bis {most} Tätigkeiten</translation>
    </message>
    <message>
        <source>each activity needs a name of at most 120 characters</source>
        <translation>jede Tätigkeit braucht einen Namen mit höchstens 120 Zeichen</translation>
    </message>
    <message>
        <source>an activity&apos;s name is one line of plain text (no control characters)</source>
        <translation>der Name einer Tätigkeit ist eine Zeile einfacher Text (ohne Steuerzeichen)</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a check-in this version knows</source>
        <translation>„{kind}“ ist keine Zwischenfrage, die diese Version kennt</translation>
    </message>
    <message>
        <source>each score is a whole number from 0 to {top}</source>
        <translation>jeder Wert ist eine ganze Zahl von 0 bis {top}</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
</context>
<context>
    <name>PhaseCue</name>
    <message>
        <source>Breathe through the hold</source>
        <translation>Beim Halten weiteratmen</translation>
    </message>
    <message>
        <source>Get ready: {exercise}</source>
        <translation>Vorbereiten: {exercise}</translation>
    </message>
    <message>
        <source>Rest and let the breath settle</source>
        <translation>Ausruhen und den Atem ruhig werden lassen</translation>
    </message>
    <message>
        <source>Inhale: ribs expand to the back and sides</source>
        <translation>Einatmen: Rippen weiten sich nach hinten und zu den Seiten</translation>
    </message>
    <message>
        <source>Release: lower with control as you breathe in</source>
        <translation>Lösen: beim Einatmen kontrolliert absenken</translation>
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation>Zur linken Seite wechseln</translation>
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation>Zur rechten Seite wechseln</translation>
    </message>
    <message>
        <source>Move with the count, one rep every {seconds} s</source>
        <translation>Im Takt bewegen, alle {seconds} s eine Wiederholung</translation>
    </message>
    <message>
        <source>Keep an easy pace; a cue every {minutes} min</source>
        <translation>Lockeres Tempo; alle {minutes} min ein Hinweis</translation>
    </message>
    <message>
        <source>Keep an easy pace</source>
        <translation>Lockeres Tempo halten</translation>
    </message>
    <message>
        <source>Walk easily and let the breath settle</source>
        <translation>Locker gehen und den Atem zur Ruhe kommen lassen</translation>
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
    <name>Pins</name>
    <message>
        <source>a PIN is 4 to 12 digits</source>
        <extracomment>Wrong tries allowed before each further wrong try makes the next one wait. The longest wait between tries, in seconds.</extracomment>
        <translation>eine PIN hat 4 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>a PIN of one repeated digit is too easy to guess</source>
        <translation>eine PIN aus nur einer wiederholten Ziffer ist zu leicht zu erraten</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>holds the control character {code}</source>
        <translation>enthält das Steuerzeichen {code}</translation>
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
        <extracomment>Shares of the window&apos;s height (product.md: readable from 3 m). A run&apos;s form cue: as large as 7 % of the window&apos;s height, never under 16 px.</extracomment>
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
        <source>Form cue</source>
        <translation>Hinweis zur Technik</translation>
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
    <name>Preferences</name>
    <message>
        <source>The password was not kept: put it in ~/.pgpass. The server is used from the next start.</source>
        <translation>Das Passwort wurde nicht gespeichert: Tragen Sie es in ~/.pgpass ein. Der Server wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>The server is used from the next start.</source>
        <translation>Der Server wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>settings could not be saved: {reason}</source>
        <translation>die Einstellungen konnten nicht gespeichert werden: {reason}</translation>
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
        <source>A walk or a run for a time</source>
        <translation>Gehen oder Laufen auf Zeit</translation>
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
        <source>Seconds each set</source>
        <translation>Sekunden pro Satz</translation>
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
    <name>ProgramFile</name>
    <message>
        <source>step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos; (add {line})</source>
        <translation>der erforderliche Schlüssel &apos;{key}&apos; fehlt (ergänzen Sie {line})</translation>
    </message>
    <message>
        <source>unknown format version {version}: this version of Hamsession reads format {format}</source>
        <translation>unbekannte Formatversion {version}: Diese Version von Hamsession liest Format {format}</translation>
    </message>
    <message>
        <source>{key} must be an exercise id in quotes or an inline table, got {value}</source>
        <translation>{key} muss eine Übungs-ID in Anführungszeichen oder eine Inline-Tabelle sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>the program has no steps: add at least one {table}</source>
        <translation>das Programm hat keine Schritte: Fügen Sie mindestens einen {table} hinzu</translation>
    </message>
    <message>
        <source>say how it is timed with {breaths} (breathing), {hold_s} (holds and stretches), {rep_s} (timed reps) or {for_s} (a walk or a run)</source>
        <translation>geben Sie die Zeitsteuerung mit {breaths} (Atmung), {hold_s} (Halten und Dehnen), {rep_s} (Wiederholungen im Takt) oder {for_s} (Gehen oder Laufen) an</translation>
    </message>
    <message>
        <source>use only one of {breaths}, {hold_s}, {rep_s} and {for_s} (found {found})</source>
        <translation>verwenden Sie nur eines von {breaths}, {hold_s}, {rep_s} und {for_s} (gefunden: {found})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{key}: exercise &apos;{exercise}&apos; has no cues to say</source>
        <translation>{key}: Die Übung &apos;{exercise}&apos; hat keine Hinweise zum Ansagen</translation>
    </message>
    <message>
        <source>a breathing step takes no &apos;{key}&apos;</source>
        <translation>ein Atemschritt hat kein &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>a walk or a run ({for_s}) takes no &apos;{key}&apos;</source>
        <translation>Gehen oder Laufen ({for_s}) hat kein &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{key} is for a walk or a run timed with {for_s}</source>
        <translation>{key} gilt nur für Gehen oder Laufen mit {for_s}</translation>
    </message>
    <message>
        <source>{key} is for hold steps; timed reps have no release</source>
        <translation>{key} gilt für Halteschritte; Wiederholungen im Takt haben kein Lösen</translation>
    </message>
    <message>
        <source>unknown exercise {exercise}</source>
        <translation>unbekannte Übung {exercise}</translation>
    </message>
    <message>
        <source>unknown exercise {exercise} (did you mean &apos;{suggestion}&apos;?)</source>
        <translation>unbekannte Übung {exercise} (meinten Sie &apos;{suggestion}&apos;?)</translation>
    </message>
    <message>
        <source>exercise &apos;{exercise}&apos; is a placeholder: write its instructions before using it in a program</source>
        <translation>die Übung &apos;{exercise}&apos; ist ein Platzhalter: Schreiben Sie ihre Anleitung, bevor Sie sie in einem Programm verwenden</translation>
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
    <name>ProgramService</name>
    <message>
        <source>there is no data folder to save exercises in</source>
        <translation>es gibt keinen Datenordner, in dem Übungen gespeichert werden können</translation>
    </message>
    <message>
        <source>an exercise with the id &apos;{id}&apos; already exists</source>
        <translation>eine Übung mit der ID &apos;{id}&apos; gibt es bereits</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <extracomment>A program or exercise is a few kilobytes; a megabyte is far past any real one. Ten years of daily sessions export to well under this.</extracomment>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>ist größer als {megabytes} MB</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a link that leads round in a circle</source>
        <translation>ist eine Verknüpfung, die im Kreis führt</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device?)</source>
        <translation>ist keine gewöhnliche Datei (eine Pipe oder ein Gerät?)</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>The session can no longer be saved: {error}</source>
        <extracomment>Set by the window: call the given function again a little later.</extracomment>
        <translation>Die Einheit kann nicht mehr gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Another program is writing to your history: this session is kept and saved as soon as it is done</source>
        <translation>Ein anderes Programm schreibt gerade in Ihren Verlauf: Diese Einheit bleibt erhalten und wird gespeichert, sobald es fertig ist</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>{title}: {items}</source>
        <extracomment>Where the emergency messages send someone; filled in by :func:`message`.</extracomment>
        <translation>{title}: {items}</translation>
    </message>
    <message>
        <source>Saddle area, bladder or bowel</source>
        <translation>Bereich zwischen den Beinen, Blase oder Darm</translation>
    </message>
    <message>
        <source>New numbness or pins and needles between the legs (inner thighs, genitals, back passage or buttocks), or when wiping</source>
        <translation>Neues Taubheitsgefühl oder Kribbeln zwischen den Beinen (Innenseite der Oberschenkel, Genitalien, After oder Gesäß) oder beim Abwischen nach der Toilette</translation>
    </message>
    <message>
        <source>New difficulty starting or stopping a wee, or not feeling it pass</source>
        <translation>Neue Schwierigkeiten, mit dem Wasserlassen anzufangen oder es zu stoppen, oder Sie spüren nicht, wie der Urin abgeht</translation>
    </message>
    <message>
        <source>New leaking of urine, or newly needing pads</source>
        <translation>Neuer ungewollter Urinverlust, oder Sie brauchen neuerdings Einlagen</translation>
    </message>
    <message>
        <source>Losing control of your bowels</source>
        <translation>Verlust der Kontrolle über den Stuhlgang</translation>
    </message>
    <message>
        <source>A new change in sexual sensation</source>
        <translation>Eine neue Veränderung des Empfindens beim Sex</translation>
    </message>
    <message>
        <source>Please stop. These symptoms need emergency assessment today. {where}</source>
        <translation>Bitte hören Sie auf. Diese Beschwerden müssen noch heute als Notfall untersucht werden. {where}</translation>
    </message>
    <message>
        <source>Leg weakness</source>
        <translation>Schwäche im Bein</translation>
    </message>
    <message>
        <source>Weakness in a leg that is getting worse, or a foot that drags or slaps down</source>
        <translation>Schwäche in einem Bein, die zunimmt, oder ein Fuß, der nachschleift oder auf den Boden klatscht</translation>
    </message>
    <message>
        <source>Symptoms in both legs</source>
        <translation>Beschwerden in beiden Beinen</translation>
    </message>
    <message>
        <source>Stop the session and contact a doctor today about the new or worsening weakness in your legs.</source>
        <translation>Beenden Sie die Einheit und wenden Sie sich noch heute wegen der neuen oder zunehmenden Schwäche in Ihren Beinen an eine Ärztin oder einen Arzt.</translation>
    </message>
    <message>
        <source>Back pain with other signs</source>
        <translation>Rückenschmerzen mit weiteren Anzeichen</translation>
    </message>
    <message>
        <source>Back pain with a fever</source>
        <translation>Rückenschmerzen mit Fieber</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>Gewichtsverlust, den Sie sich nicht erklären können</translation>
    </message>
    <message>
        <source>Constant pain at night</source>
        <translation>Ständige Schmerzen in der Nacht</translation>
    </message>
    <message>
        <source>Back pain that began after a fall, an accident or another serious injury</source>
        <translation>Rückenschmerzen, die nach einem Sturz, einem Unfall oder einer anderen schweren Verletzung begonnen haben</translation>
    </message>
    <message>
        <source>You have had cancer, now or in the past</source>
        <translation>Sie haben jetzt oder hatten früher Krebs</translation>
    </message>
    <message>
        <source>Being told you have cancer since your last check</source>
        <translation>Seit der letzten Nachfrage wurde bei Ihnen Krebs festgestellt</translation>
    </message>
    <message>
        <source>Please have these symptoms checked by a doctor before you carry on with these exercises.</source>
        <translation>Bitte lassen Sie diese Beschwerden ärztlich abklären, bevor Sie mit diesen Übungen weitermachen.</translation>
    </message>
    <message>
        <source>Back of the thigh</source>
        <translation>Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>A sudden sharp pain at the back of the thigh with a pop or a snap</source>
        <translation>Ein plötzlicher, scharfer Schmerz an der Oberschenkelrückseite mit einem Knall oder Schnalzen</translation>
    </message>
    <message>
        <source>Bruising at the back of the thigh that came up quickly</source>
        <translation>Ein Bluterguss an der Oberschenkelrückseite, der schnell entstanden ist</translation>
    </message>
    <message>
        <source>Not being able to walk normally since the thigh pain began</source>
        <translation>Sie können nicht normal gehen, seit die Schmerzen im Oberschenkel begonnen haben</translation>
    </message>
    <message>
        <source>Stop. This may be a significant hamstring injury. Please have it assessed before you exercise this leg again.</source>
        <translation>Hören Sie auf. Das könnte eine erhebliche Verletzung der hinteren Oberschenkelmuskulatur sein. Bitte lassen Sie das untersuchen, bevor Sie mit diesem Bein wieder üben.</translation>
    </message>
    <message>
        <source>If you gave birth in the last year</source>
        <translation>Wenn Sie innerhalb des letzten Jahres ein Kind bekommen haben</translation>
    </message>
    <message>
        <source>A severe headache, or one that keeps getting worse</source>
        <translation>Starke Kopfschmerzen oder Kopfschmerzen, die immer schlimmer werden</translation>
    </message>
    <message>
        <source>Dizziness or fainting</source>
        <translation>Schwindel oder Ohnmacht</translation>
    </message>
    <message>
        <source>Chest pain, or a racing heart</source>
        <translation>Schmerzen im Brustkorb oder Herzrasen</translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <translation>Schwierigkeiten beim Atmen</translation>
    </message>
    <message>
        <source>A leg that is swollen, red or painful</source>
        <translation>Ein geschwollenes, gerötetes oder schmerzendes Bein</translation>
    </message>
    <message>
        <source>Heavy bleeding, or discharge that smells bad</source>
        <translation>Starke Blutungen oder übel riechender Ausfluss</translation>
    </message>
    <message>
        <source>A fever of 38 °C (100.4 °F) or more</source>
        <translation>Fieber von 38 °C (100,4 °F) oder mehr</translation>
    </message>
    <message>
        <source>Severe pain in the belly</source>
        <translation>Starke Bauchschmerzen</translation>
    </message>
    <message>
        <source>Tiredness so great you cannot manage</source>
        <translation>So starke Müdigkeit, dass Sie nicht mehr zurechtkommen</translation>
    </message>
    <message>
        <source>Thoughts of harming yourself or your baby</source>
        <translation>Gedanken, sich selbst oder Ihrem Baby etwas anzutun</translation>
    </message>
    <message>
        <source>Stop. After a birth this needs medical care straight away. {where} Tell them you gave birth in the last year.</source>
        <translation>Hören Sie auf. Nach einer Geburt brauchen Sie damit sofort medizinische Hilfe. {where} Sagen Sie dort, dass Sie innerhalb des letzten Jahres ein Kind bekommen haben.</translation>
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation>Wenn Sie schwanger sind</translation>
    </message>
    <message>
        <source>Bleeding from the vagina</source>
        <translation>Blutungen aus der Scheide</translation>
    </message>
    <message>
        <source>Regular, painful contractions</source>
        <translation>Regelmäßige, schmerzhafte Wehen</translation>
    </message>
    <message>
        <source>Fluid leaking from the vagina</source>
        <translation>Flüssigkeit, die aus der Scheide austritt</translation>
    </message>
    <message>
        <source>Being short of breath before you start exercising</source>
        <translation>Atemnot, schon bevor Sie mit dem Üben beginnen</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <source>Chest pain</source>
        <translation>Schmerzen im Brustkorb</translation>
    </message>
    <message>
        <source>Muscle weakness that upsets your balance</source>
        <translation>Muskelschwäche, die Ihr Gleichgewicht stört</translation>
    </message>
    <message>
        <source>Pain or swelling in a calf</source>
        <translation>Schmerzen oder Schwellung in einer Wade</translation>
    </message>
    <message>
        <source>Stop exercising and contact your maternity team.</source>
        <translation>Hören Sie mit den Übungen auf und wenden Sie sich an Ihre Frauenarztpraxis oder Ihre Hebamme.</translation>
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation>Beckenboden</translation>
    </message>
    <message>
        <source>Leaking urine</source>
        <translation>Ungewollter Urinverlust</translation>
    </message>
    <message>
        <source>Heaviness or dragging in the pelvis</source>
        <translation>Schweregefühl oder ein Ziehen nach unten im Becken</translation>
    </message>
    <message>
        <source>A bulge you can see or feel in the vagina</source>
        <translation>Eine Vorwölbung in der Scheide, die Sie sehen oder fühlen können</translation>
    </message>
    <message>
        <source>Since having a baby: pain in the pelvis or low back</source>
        <translation>Seit Sie ein Kind bekommen haben: Schmerzen im Becken oder im unteren Rücken</translation>
    </message>
    <message>
        <source>Bleeding that goes on more than 8 weeks after giving birth</source>
        <translation>Blutungen, die länger als 8 Wochen nach der Geburt anhalten</translation>
    </message>
    <message>
        <source>These are common and can be treated. A pelvic-health physiotherapist can help; until then, stay at a level that does not bring them on.</source>
        <translation>Diese Beschwerden sind häufig und lassen sich behandeln. Physiotherapie mit Schwerpunkt Beckenboden kann helfen; bleiben Sie bis dahin bei einer Belastung, die sie nicht auslöst.</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness in a leg</source>
        <translation>Taubheitsgefühl, Kribbeln oder Schwäche in einem Bein</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness in a leg during or after a session</source>
        <translation>Taubheitsgefühl, Kribbeln oder Schwäche in einem Bein während oder nach einer Einheit</translation>
    </message>
    <message>
        <source>Stop here. Numbness, tingling or weakness in a leg should be checked by your physiotherapist or doctor before you exercise again. If they already know about it and said to carry on, you can confirm it has been checked.</source>
        <translation>Hören Sie hier auf. Taubheitsgefühl, Kribbeln oder Schwäche in einem Bein sollten von Ihrer Physiotherapiepraxis oder Ihrer Ärztin bzw. Ihrem Arzt abgeklärt werden, bevor Sie wieder üben. Wenn diese schon davon wissen und Ihnen gesagt haben, dass Sie weitermachen können, können Sie bestätigen, dass es abgeklärt wurde.</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <source>{id} (Article) {text}</source>
        <translation>{id} (Artikel) {text}</translation>
    </message>
    <message>
        <source>{id} (Reference) {text}</source>
        <translation>{id} (Fachliteratur) {text}</translation>
    </message>
    <message>
        <source>Supports: {codes}</source>
        <translation>Grundlage für: {codes}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Jan</source>
        <extracomment>The months as the report&apos;s dates name them (English as &quot;%b&quot; writes them).</extracomment>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>Leg symptoms (SBI): {score} of {top} ({items})</source>
        <translation>Beinbeschwerden (SBI): {score} von {top} ({items})</translation>
    </message>
    <message>
        <source>Activities (PSFS): average {score} of {top} ({items}; a change of {change} in the average is real)</source>
        <translation>Tätigkeiten (PSFS): Durchschnitt {score} von {top} ({items}; eine Veränderung des Durchschnitts um {change} gilt als echte Veränderung)</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <source>{start} at the start, {end} at the end (rolling mean of worst pain; changes under 2 points are not counted as real)</source>
        <translation>{start} zu Beginn, {end} am Ende (gleitender Mittelwert des stärksten Schmerzes; Veränderungen unter 2 Punkten gelten nicht als echte Veränderung)</translation>
    </message>
    <message>
        <source>{first} to {last} ({range})</source>
        <translation>{first} bis {last} ({range})</translation>
    </message>
    <message>
        <source>{sessions} ({statuses})</source>
        <translation>{sessions} ({statuses})</translation>
    </message>
    <message numerus="yes">
        <source>{per_week} sessions a week, %n minute(s) in all</source>
        <translation>
            <numerusform>{per_week} Einheiten pro Woche, insgesamt %n Minute</numerusform>
            <numerusform>{per_week} Einheiten pro Woche, insgesamt %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Therapietreue</translation>
    </message>
    <message>
        <source>Pain during sessions</source>
        <translation>Schmerz während der Einheiten</translation>
    </message>
    <message>
        <source>Hamsession report</source>
        <translation>Hamsession-Bericht</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message numerus="yes">
        <source>{program}: %n session(s)</source>
        <translation>
            <numerusform>{program}: %n Einheit</numerusform>
            <numerusform>{program}: %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Advice per program</source>
        <translation>Empfehlung je Programm</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine erfasst.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Zwischenfragen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Hamsession guides exercise; it does not diagnose.</source>
        <translation>Hamsession leitet Übungen an; es stellt keine Diagnosen.</translation>
    </message>
    <message>
        <source>checked {day}</source>
        <translation>abgeklärt am {day}</translation>
    </message>
    <message>
        <source>not yet confirmed as checked</source>
        <translation>noch nicht als abgeklärt bestätigt</translation>
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
        <translation>Bevor Sie beginnen: Sie haben in Hamsession Beschwerden angegeben, die sich zuerst eine Fachperson ansehen muss.</translation>
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
    <name>SafetyService</name>
    <message>
        <source>the emergency words are at most 300 characters</source>
        <extracomment>The clinic setting holding a clinic&apos;s own words for where to get emergency care.</extracomment>
        <translation>die Angaben zur Hilfe im Notfall dürfen höchstens 300 Zeichen lang sein</translation>
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
    <name>Session</name>
    <message>
        <source>“{title}” is not offered while sit-bone pain (F1) is flagged</source>
        <translation>„{title}“ wird nicht angeboten, solange Sitzbeinschmerz (F1) vermerkt ist</translation>
    </message>
    <message>
        <source>every step of “{title}” is left out while F1 is flagged</source>
        <translation>alle Schritte von „{title}“ fallen weg, solange F1 vermerkt ist</translation>
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
        <source>left</source>
        <extracomment>The stored sides in words.</extracomment>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
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
    <message>
        <source>{program} · {when} · {status}</source>
        <translation>{program} · {when} · {status}</translation>
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
    <name>SessionStatus</name>
    <message>
        <source>completed</source>
        <extracomment>A session&apos;s stored status in words (other statuses: underscores as spaces).</extracomment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
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
    <name>SitBone</name>
    <message>
        <source>Sitting: if your chair presses on the back of your thighs, rest your feet on a footstool so the hamstrings are not squeezed.</source>
        <translation>Im Sitzen: Wenn Ihr Stuhl auf die Rückseite Ihrer Oberschenkel drückt, stellen Sie die Füße auf eine Fußstütze, damit die hintere Oberschenkelmuskulatur nicht zusammengedrückt wird.</translation>
    </message>
    <message>
        <source>Left out while sit-bone pain (F1) is flagged: {names}.</source>
        <translation>Weggelassen, solange Sitzbeinschmerz (F1) vermerkt ist: {names}.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>release, breathe in</source>
        <translation>lösen, einatmen</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>begin</source>
        <translation>los</translation>
    </message>
    <message>
        <source>session complete</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
</context>
<context>
    <name>StepLines</name>
    <message>
        <source>{number}. {exercise}: {dose} (left out: F1)</source>
        <translation>{number}. {exercise}: {dose} (weggelassen: F1)</translation>
    </message>
    <message>
        <source>{number}. {exercise}: {dose}</source>
        <translation>{number}. {exercise}: {dose}</translation>
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
    <name>Symptoms</name>
    <message>
        <source>Low back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Sit bone or just below the buttock</source>
        <translation>Sitzbein oder direkt unter dem Gesäß</translation>
    </message>
    <message>
        <source>Back of the thigh</source>
        <translation>Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>Behind the knee</source>
        <translation>Kniekehle</translation>
    </message>
    <message>
        <source>Below the knee</source>
        <translation>Unterhalb des Knies</translation>
    </message>
    <message>
        <source>Ribs flared</source>
        <translation>Rippen aufgeklappt</translation>
    </message>
    <message>
        <source>Back arched</source>
        <translation>Hohlkreuz</translation>
    </message>
    <message>
        <source>Breath held</source>
        <translation>Atem angehalten</translation>
    </message>
    <message>
        <source>Pressure or heaviness downward</source>
        <translation>Druck oder Schweregefühl nach unten</translation>
    </message>
    <message>
        <source>Pain shooting down a leg</source>
        <translation>Schmerz, der in ein Bein einschießt</translation>
    </message>
    <message>
        <source>Numbness or tingling in a leg</source>
        <translation>Taubheitsgefühl oder Kribbeln in einem Bein</translation>
    </message>
    <message>
        <source>Weakness in a leg</source>
        <translation>Schwäche in einem Bein</translation>
    </message>
    <message>
        <source>Pressure low in the belly during or after today&apos;s session</source>
        <extracomment>Optional &quot;today&quot; questions (an adaptation of three PFDI-20 items; off unless the profile turns them on). Each is answered on the bother scale below.</extracomment>
        <translation>Druck im Unterbauch während oder nach der heutigen Einheit</translation>
    </message>
    <message>
        <source>Heaviness or a dull ache in the pelvis during or after today&apos;s session</source>
        <translation>Schweregefühl oder dumpfer Schmerz im Becken während oder nach der heutigen Einheit</translation>
    </message>
    <message>
        <source>A bulge, or something coming down, that you could see or feel in the vagina</source>
        <translation>Eine Vorwölbung oder etwas, das nach unten tritt, und das Sie in der Scheide sehen oder fühlen konnten</translation>
    </message>
    <message>
        <source>not at all</source>
        <extracomment>The bother scale: these English answers are stored (and compared); :func:`word` shows them.</extracomment>
        <translation>überhaupt nicht</translation>
    </message>
    <message>
        <source>somewhat</source>
        <translation>etwas</translation>
    </message>
    <message>
        <source>moderately</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>quite a bit</source>
        <translation>ziemlich stark</translation>
    </message>
    <message>
        <source>better</source>
        <extracomment>The next-morning answers: stored in English; :func:`word` shows them.</extracomment>
        <translation>besser</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst pain you can imagine</source>
        <translation>0 = kein Schmerz, 10 = stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>{typed} is not a whole number from 0 to 10</source>
        <translation>{typed} ist keine ganze Zahl von 0 bis 10</translation>
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
    <name>Urgency</name>
    <message>
        <source>Emergency</source>
        <extracomment>Open flags of these urgencies keep every session (desk breaks included) from starting until the person confirms the flag has been checked. The badge of each urgency, in English (translated by :func:`urgency_word`).</extracomment>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Before you exercise again</source>
        <translation>Vor dem nächsten Üben</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Bei Gelegenheit</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>The speech service is not answering: spoken cues are off</source>
        <extracomment>Names the speech engine to use (tests use &quot;mock&quot;); otherwise the first real one found. Phrases waiting behind the one being spoken; older waiting ones are dropped, so the voice never falls far behind the session.</extracomment>
        <translation>Die Sprachausgabe antwortet nicht: Gesprochene Hinweise sind aus</translation>
    </message>
    <message>
        <source>The speech engine &apos;{engine}&apos; could not start: spoken cues are off</source>
        <translation>Die Sprachausgabe &apos;{engine}&apos; konnte nicht starten: Gesprochene Hinweise sind aus</translation>
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
    <name>Zones</name>
    <message>
        <source>a pelvic-health physiotherapist can help with these</source>
        <extracomment>The form sign that is a pelvic-floor sign: red, with the pelvic-health message.</extracomment>
        <translation>Physiotherapie mit Schwerpunkt Beckenboden kann dabei helfen</translation>
    </message>
    <message>
        <source>the session has no symptom log</source>
        <translation>zur Einheit gibt es kein Beschwerdeprotokoll</translation>
    </message>
    <message>
        <source>pain during the session reached {pain} (the limit is {limit})</source>
        <translation>der Schmerz während der Einheit erreichte {pain} (die Grenze liegt bei {limit})</translation>
    </message>
    <message>
        <source>pain during the session was {pain}</source>
        <translation>der Schmerz während der Einheit lag bei {pain}</translation>
    </message>
    <message numerus="yes">
        <source>the next morning was worse by %n point(s)</source>
        <translation>
            <numerusform>am nächsten Morgen war es um %n Punkt schlechter</numerusform>
            <numerusform>am nächsten Morgen war es um %n Punkte schlechter</numerusform>
        </translation>
    </message>
    <message>
        <source>the next morning felt worse</source>
        <translation>am nächsten Morgen fühlte es sich schlechter an</translation>
    </message>
    <message>
        <source>the next morning was stiffer than usual</source>
        <translation>am nächsten Morgen war es steifer als sonst</translation>
    </message>
    <message>
        <source>there were pelvic-floor symptoms: {advice}</source>
        <translation>es gab Beckenbodenbeschwerden: {advice}</translation>
    </message>
    <message>
        <source>a new leg symptom: {symptoms}</source>
        <translation>neue Beinbeschwerden: {symptoms}</translation>
    </message>
    <message>
        <source>leg symptoms were present: {symptoms}</source>
        <translation>es gab Beinbeschwerden: {symptoms}</translation>
    </message>
    <message>
        <source>form signs were ticked: {signs}</source>
        <translation>Auffälligkeiten bei der Ausführung angekreuzt: {signs}</translation>
    </message>
    <message>
        <source>effort was {effort}</source>
        <translation>die Anstrengung lag bei {effort}</translation>
    </message>
    <message>
        <source>the session has no pain score</source>
        <translation>zur Einheit gibt es keinen Schmerzwert</translation>
    </message>
    <message>
        <source>pain stayed at {pain} or below; the next morning is not known yet</source>
        <translation>der Schmerz blieb bei {pain} oder darunter; der nächste Morgen steht noch aus</translation>
    </message>
    <message>
        <source>pain stayed at {pain} or below and the next morning felt better</source>
        <translation>der Schmerz blieb bei {pain} oder darunter und am nächsten Morgen fühlte es sich besser an</translation>
    </message>
    <message>
        <source>pain stayed at {pain} or below and the next morning felt as usual</source>
        <translation>der Schmerz blieb bei {pain} oder darunter und am nächsten Morgen fühlte es sich wie immer an</translation>
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
