<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Hamsession {version}&lt;/h3&gt;&lt;p&gt;Guided hamstring, pelvic-control and low-back exercise sessions.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hamsession guides exercise; it does not diagnose.&lt;/b&gt; If a session brings on new numbness, weakness, problems with bladder or bowel, or pain that is severe or getting worse, stop and get medical advice.&lt;/p&gt;&lt;p&gt;Your history stays on this computer, or on your clinic's own database server if the clinic set one up; it is sent nowhere else.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Hamsession</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AboutExercise</name>
    <message>
        <source>stated in a source article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from published research</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a default, which a clinician may change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is here: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breathing: {breath}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Said while you move, one at a time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dose: {dose}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the numbers come from: {basis}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where it comes from: {basis}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its steps' numbers:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AboutExercises</name>
    <message>
        <source>About this exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About the exercises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityCheck</name>
    <message>
        <source>Activities that matter to you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example: sitting through a film</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score for activity {number}, {scale}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name activity {number}, or clear its score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score activity {number} from 0 to {top}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name at least one activity and score it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>Ready to progress</source>
        <extracomment>The advice's first words per action, in English; translated where they are used.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next time, repeat this dose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next time, step back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please ask your physiotherapist for a review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{title}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{one} or {other}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens after two green sessions in a row of {programs}, or when your physiotherapist opens it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden while sit-bone pain (F1) is flagged: {programs}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready for the next stage, {program}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next time, go back to {program}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{advice}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{advice}: {reasons}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{advice}: {reasons}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose {program} next time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the next level from next time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use an easier version from next time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is nothing to accept for '{program}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next time, choose “{program}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every step is already at the end of its range: nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as “{program}” in your programs. The original stays as it was.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdviceReasons</name>
    <message>
        <source>two sessions in a row were in the red zone: please ask your physiotherapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pelvic-floor symptoms came back: a pelvic-health physiotherapist can help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leg symptoms in two sessions in a row: please see your physiotherapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain rose by {rise} points on average from last week</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n morning(s) this week were stiffer than usual, more than the week before</source>
        <translation>
            <numerusform>%n morning this week were stiffer than usual, more than the week before</numerusform><numerusform>%n mornings this week were stiffer than usual, more than the week before</numerusform></translation>
    </message>
    <message>
        <source>the next morning after your session is not known yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no session of this program has a pain score yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one green session: one more like it before progressing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leg symptoms in your last session: no progression for now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your last session ({program}) was in the red zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>two green sessions in a row ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your last session was green so far; the next morning can still change this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every step is at the top of its range: the next stage is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every step is at the top of its range; ask your physiotherapist what next</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Announce</name>
    <message numerus="yes">
        <source>{label}, %n second(s)</source>
        <translation>
            <numerusform>{label}, %n second</numerusform><numerusform>{label}, %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <source>Hamsession desk breaks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BreakReminder</name>
    <message>
        <source>You have been at the computer for {minutes} minutes. Time for a three-minute standing break: breathing, hip swings, a hinge and a stretch, all at the desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession — time for a desk break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time for a desk break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze 10 min (S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BreakSettingsDialog</name>
    <message>
        <source>Desk-break reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind me to take a desk break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After this long at the computer:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Breath</name>
    <message>
        <source>Inhale: ribs expand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhale: soften</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhale into the effort, keep breathing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breathe easy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inhale as you lower, with control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breathe easily with the movement</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BreathPace</name>
    <message>
        <source>pace of {inhale} s in and {exhale} s out is {per_minute} breaths a minute; keep it between {low} and {high}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pace of {inhale} s in and {exhale} s out: the exhale must be 1 to {longest} times as long as the inhale</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <source>Breath pacer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>(Sources: {sources})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartRange</name>
    <message>
        <source>4 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckinChart</name>
    <message>
        <source>Check-ins: leg symptoms (0-24, lower is better), activities (0-10, higher is better)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leg symptoms (SBI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities (PSFS)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckinFlow</name>
    <message>
        <source>Nothing ticked. If you are worried, stop and speak to a health professional.</source>
        <extracomment>A line for the status bar. Something the advice reads was saved (a log, a morning answer, a red flag, a check).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The symptom log could not be saved: {error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved ({error}): press Enter to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phases that finished are kept in your history, marked interrupted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session on {day} at {time} stopped before the end. How did it go?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: {error}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>program {program} left out: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>program {program} left out: a different program has that id here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>variant {variant} left out: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assigned program {program} is not on this computer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <source>Hamsession: clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programs assigned to the client (tick)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} · {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;PIN…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open as this client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hand over with the chosen program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name}  · has a PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renamed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted {name} and every record of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned programs saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (as it should appear here):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete {name} with every session, symptom log and note? This cannot be undone (export them first to keep a copy).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PIN of 4 to 12 digits for this client (leave empty for none):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click or tick the program to hand over with.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Clinic</name>
    <message>
        <source>this needs the clinician PIN</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n s.</source>
        <translation>
            <numerusform>Too many wrong tries: wait %n s.</numerusform><numerusform>Too many wrong tries: wait %n s.</numerusform></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Try again in %n s.</source>
        <translation>
            <numerusform>Wrong PIN. Try again in %n s.</numerusform><numerusform>Wrong PIN. Try again in %n s.</numerusform></translation>
    </message>
    <message>
        <source>unknown program '{program}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the idle lock is {low} to {high} minutes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinicMode</name>
    <message>
        <source>Clinician PIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock with the clinician PIN</source>
        <extracomment>Only the client's session (or the locked screen) is to be reachable: menus off. The locked screen is about to show: whatever plays ends first. Open the app as this profile (the client list's "Open as this client"). Hand the laptop over to this profile for this program. The clinician took the laptop back.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock with its PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN for this profile:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>Green: worst pain at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Green: effort at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amber: worst pain at most (above is red; hamstring programs 4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red: next-morning pain up by at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red: weekly mean pain up by at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession: settings</source>
        <extracomment>Shown in the server's tooltip and note as they are: an address and a file name.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leave empty to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New clinician PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the clinician PIN (ends clinic mode)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default: the emergency number of this computer's country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to get emergency help, in the clinic's own words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emergency help, in your words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: this laptop's own history file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic's shared database server, as a URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{example}: every laptop given the same server shares one history. The password goes in {file}, not here. Used from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared database server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every laptop given the same server shares one history.
Put the password in {file}, not here. Used from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit-bone pain (F1): leave out hip-flexion stretches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CueOutput</name>
    <message>
        <source>No audio device found: cues are shown on screen only.</source>
        <extracomment>A line for the status bar when an output turns off while the app runs.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No speech engine found: spoken cues are off.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>--data-dir names no folder (it is empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{variable} is set but empty: name a folder or unset it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a link to nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a link that leads round in a circle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write in the data folder {folder}: {reason}</source>
        <extracomment>The newest schema revision in migrations/ (a test keeps this in step with the scripts). SQLite result codes that mean the file itself is not a sound database.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is not a Hamsession database</source>
        <extracomment>Below this much free space the disk is taken as full: SQLite could not even make the 32 KiB shared-memory index that reading a WAL-mode file needs.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is damaged inside ({first})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is empty (0 bytes) although backups of your history exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} was written by a newer version of Hamsession (schema {revision}); update Hamsession to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot use {folder} as the data folder: it is {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is {found}, not a history file: move it away or choose another data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today's backup could not be made ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk holding the data folder {folder} is full: free some space and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot use the data folder {folder}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession is already open with the data folder {folder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot keep the session journal {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is set but empty: give a URL or leave it out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataProblem</name>
    <message>
        <source>Hamsession cannot open your history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The damaged file will be kept, renamed, exactly as it is. Hamsession can start from its newest backup copy that is whole instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your history is kept on the clinic's database server. Check the network connection and that the server is running, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the backup copies is whole; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseServer</name>
    <message>
        <source>the database URL is not one Hamsession understands: write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <extracomment>Seconds to wait for the server to answer before saying it cannot be reached. One lock number for "a laptop is upgrading the schema": the others wait for it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database URL must start with postgresql:// (not {scheme}://); leave it out to keep the history in the data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PostgreSQL driver is not installed: install hamsession[postgres]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database on {server} was written by a newer version of Hamsession (schema {revision}); update Hamsession to use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot use the database on {server}: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskBreakFlow</name>
    <message>
        <source>Remind you to stand up for a three-minute desk break after {minutes} minutes at the computer? Time away from it counts as a break.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desk-break reminders are on. Keep Hamsession running in the background to remind you? Starting Hamsession again brings its window back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession is locked: unlock it first.</source>
        <extracomment>The shell's guard: False while the window is locked or a client has it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session is playing: the desk break can wait.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep reminding you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep reminding me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Hamsession</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskBreakWindow</name>
    <message>
        <source>Hamsession — desk break</source>
        <extracomment>The player's text in the compact window, relative to the user's text size.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{answer} ({key})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Esc closes without an answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskBreaks</name>
    <message>
        <source>Desk-break reminders are off</source>
        <extracomment>How often the scheduler looks at the clock and the idle time (ms).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session is playing: no reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders paused for {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next desk break in {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a desk break now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start my program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause reminders for an hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause reminders until tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Hamsession</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time for a desk break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession: {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How do your back and hamstrings feel?</source>
        <extracomment>The one question after a desk break (shown through :func:`feel_question`), and its answers: stored as they are here, shown through :func:`feel_word`.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DoseWords</name>
    <message numerus="yes">
        <source>{sets} x %n hold(s) of {hold} s</source>
        <extracomment>The built-in programs for runners, listed after the back and hamstring programs.</extracomment>
        <translation>
            <numerusform>{sets} x %n hold of {hold} s</numerusform><numerusform>{sets} x %n holds of {hold} s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) of {hold} s</source>
        <translation>
            <numerusform>%n hold of {hold} s</numerusform><numerusform>%n holds of {hold} s</numerusform></translation>
    </message>
    <message>
        <source>{sets} x {each} each side, alternating, {rep} s a rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{each} each side, alternating, {rep} s a rep</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{sets} x %n rep(s) of {rep} s</source>
        <translation>
            <numerusform>{sets} x %n rep of {rep} s</numerusform><numerusform>{sets} x %n reps of {rep} s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) of {rep} s</source>
        <translation>
            <numerusform>%n rep of {rep} s</numerusform><numerusform>%n reps of {rep} s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n paced breath(s)</source>
        <translation>
            <numerusform>%n paced breath</numerusform><numerusform>%n paced breaths</numerusform></translation>
    </message>
    <message>
        <source>{sets} x {minutes} min, walk {rest} s between</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{dose} each side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{dose} (left side)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{dose} (right side)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{dose}, rest {rest} s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <source>Go to A&amp;E now, or call 999 or 111.</source>
        <extracomment>112 reaches the emergency services across the European Union (and these neighbours). The sentences in English, as marked; :func:`emergency_words` translates the one it picks.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call 911 or go to an emergency room now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call 911 or go to an emergency department now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call 000 or go to an emergency department now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call 111 or go to an emergency department now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call 112 or go to an emergency department now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call your local emergency number or go to an emergency department now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If your doctor's practice is closed, call the out-of-hours service on {number}.</source>
        <extracomment>The national number for a doctor out of hours, where a country has one: NHS 111 in the UK, the medical on-call service 116 117 in Germany, the health line 1450 in Austria.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExerciseFile</name>
    <message>
        <source>{key} must list at least one instruction (or mark the exercise {line})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} goes from low to high, got {low} to {high}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <source>Hamsession: new exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One instruction per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One thing to watch for per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the exercise a name (letters or digits).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureStill</name>
    <message>
        <source>Figure of the exercise</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureStrip</name>
    <message>
        <source>Figures of the program's steps</source>
        <extracomment>The preview's colours on the picker's own page (no background of its own): for a light window, and for a dark one (a dark theme, high contrast).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure of the exercise</source>
        <extracomment>What the figure shows now: the figure, its pose, and whether mirrored (left side).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); save the file as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid here: a key of more than {parts} dotted parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid here: nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid here: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be a number, got {value}</source>
        <extracomment>What a value of the wrong kind should have been (the messages are translated where used).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be a whole number, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be text in quotes, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be a list, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be a table, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be {true} or {false}, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be a finite number, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key '{key}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key '{key}' (did you mean '{suggestion}'?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be at most {limit}, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be at most {limit} s (10 minutes), got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be at most {limit} s, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required key '{key}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be a positive number, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be at least {bound}, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an allowed value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be {allowed}, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must use lowercase letters, digits and single hyphens, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} is too long</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>a profile named '{name}' already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown profile '{name}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the weekly target is 1 to 1000 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no session {session} in this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown threshold {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} must be a number from 0 to 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the morning answer is better, same or worse, with pain 0 to 10 and stiffness better, same or worse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after a desk break the answer is better, same or worse</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryFlow</name>
    <message>
        <source>Save the report</source>
        <extracomment>After the history is drawn, when to build the next empty view (ms); how often to look again while a session plays. Clinician functions run through this: straight away, or after the clinician PIN. A line for the status bar. The charts were drawn: sessions shown and milliseconds taken. Sessions were imported (the program list may change). The charts are loaded and an empty view is ready: the app has finished starting.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worst pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ddd dd MMM yyyy HH:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when} · {program} · {status} · worst pain {worst} · pain after {after} · effort {effort} · {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history as a table, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{morning}, pain {pain}</source>
        <extracomment>A program's title from its id (the history flow hands over the library's).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No sessions here yet. Each session you finish appears here, with the pain and effort you log after it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table (T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same figures as a table; Enter opens a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weekly target {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain (0-10) with the ±2-point band of real change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rolling mean, worst pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worst pain during</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain the next morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain afterwards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign: form ▲, pelvic ◆, leg ✕, safety ★, stiffer morning ▼</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effort (0-10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each week: minutes exercised and minutes under tension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under tension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weekly target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions each week and desk breaks each day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions in the week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desk breaks in the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions in this range or program. Choose All to see every session.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>a key appears twice in one object</source>
        <extracomment>Sessions written per batch while the file is read. At most this many problems are listed for one file.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid here: nested too deeply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid here: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a Hamsession export file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export version {version} is not one this Hamsession reads (it reads version {ours})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file holds a number too large to store ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s) not imported: another profile already holds the same id(s) (first: {first})</source>
        <translation>
            <numerusform>%n session not imported: another profile already holds the same id (first: {first})</numerusform><numerusform>%n sessions not imported: another profile already holds the same ids (first: {first})</numerusform></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>The desktop's language</source>
        <extracomment>The dialog's text size before large text (the Help dialogs' size).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of Hamsession's words, used from its next start:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LegSymptomCheck</name>
    <message>
        <source>Your leg symptoms this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{item}: {score} of {top}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a number for: {items}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>{title} · eased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} · level {level}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>duplicate program id '{program}' (also in {file})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate exercise id '{exercise}'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockedScreen</name>
    <message>
        <source>Thank you. Please hand the laptop back to your physiotherapist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile is locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked after a while without use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the clinician can unlock it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{action} (Enter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening your history…</source>
        <extracomment>The window was first exposed on screen (its contents can be seen). The history charts were drawn: sessions shown and milliseconds taken.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language is used from Hamsession's next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why these exercises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Session</source>
        <extracomment>The menus, in the order they first appear (marked here, translated when built).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something feels &amp;wrong…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask &amp;pelvic-floor questions after sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Desk break now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desk-break &amp;reminders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reduced motion (a filling bar for the pacer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;High contrast (white on black)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Spoken cues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Program editor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Why these exercises…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;References…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Hamsession</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MorningQuestion</name>
    <message>
        <source>Better</source>
        <extracomment>The words shown for each stored pain answer (domain.symptoms.MORNING).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Less stiff</source>
        <extracomment>Stiffness compared with usual: the stored answer, the words shown, the key.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As usual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stiffer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dddd dd MMMM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After your session on {day}: how are your pain and stiffness this morning, compared with usual?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stiffness:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain this morning ({scale})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{answer} ({key})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Pain in the leg</source>
        <extracomment>The four items of the Sciatica Bothersomeness Index (Patrick 1995, R21), each 0-6: the item ids are stored; the labels (English, as marked) are shown through :func:`sbi_items`.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbness or tingling in the leg, foot or toes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weakness in the leg or foot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain in the back or leg when sitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over the last week, how much has each of these bothered you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 = not at all, 6 = extremely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name up to three activities your back or hamstrings make hard for you, and score how well you can do each one today.</source>
        <extracomment>Asked when the log named leg symptoms this many days back, at most once a week. Neither check-in comes on the day it first could: the first day of use (screening, a session and its log) and the day of a log with leg symptoms have questions enough. The Patient-Specific Functional Scale (Stratford 1995, R20): up to three activities the person names, each 0-10; a change of 2 in the average (3 for one activity) is real.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 = cannot do it at all, 10 = as well as before the problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the leg-symptom check-in needs a score for each of its four items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name between one and {most} activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each activity needs a name of at most 120 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an activity's name is one line of plain text (no control characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'{kind}' is not a check-in this version knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each score is a whole number from 0 to {top}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Get ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inhale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhaseCue</name>
    <message>
        <source>Breathe through the hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get ready: {exercise}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest and let the breath settle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inhale: ribs expand to the back and sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release: lower with control as you breathe in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to the left side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to the right side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move with the count, one rep every {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep an easy pace; a cue every {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep an easy pace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Walk easily and let the breath settle</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Hamsession: PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n s.</source>
        <translation>
            <numerusform>Too many wrong tries: wait %n s.</numerusform><numerusform>Too many wrong tries: wait %n s.</numerusform></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>a PIN is 4 to 12 digits</source>
        <extracomment>Wrong tries allowed before each further wrong try makes the next one wait. The longest wait between tries, in seconds.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PIN of one repeated digit is too easy to guess</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>holds the control character {code}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Paused for sleep</source>
        <extracomment>What the player says after the system announced a suspend, until the machine wakes.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused to read about the exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused: the computer was asleep for {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused: Hamsession was held up for {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feel: {feel}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ease off if: {signs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Space to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{reason} · Space to resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mute (M)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlayerLabels</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set {set} of {sets}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breath {rep} of {reps}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rep {rep} of {reps}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{phase} {duration} (left side)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{phase} {duration} (right side)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{phase} {duration}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up next: the end of the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up next: {exercise}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up next: {phase}, then {exercise}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up next: {phase}, then the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up next: {phase}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Space start/pause · → next step · ← restart step · Tab steps · I about · Esc end · M mute</source>
        <extracomment>Shares of the window's height (product.md: readable from 3 m). A run's form cue: as large as 7 % of the window's height, never under 16 px.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The steps of this session</source>
        <extracomment>Okabe-Ito colours by phase, distinguishable with colour-blindness; inhale and exhale are the pacer's own colours, so one colour means one thing on the screen.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this program is built as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form cue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End this session?   Enter: end   ·   Esc: keep going</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How far the session has gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume of sounds and voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mute (M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start (Space)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The password was not kept: put it in ~/.pgpass. The server is used from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is used from the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>settings could not be saved: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Switch profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <source>Not ready to save: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Ready to save: %n step(s), total {total} (min:s)</source>
        <translation>
            <numerusform>Ready to save: %n step, total {total} (min:s)</numerusform><numerusform>Ready to save: %n steps, total {total} (min:s)</numerusform></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercise saved; choose it for a step, or Add a step with it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgramEditorView</name>
    <message>
        <source>Holds (isometric or stretch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moving reps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paced breaths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A walk or a run for a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each side, left then right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession: program editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new, empty program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start from: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the client will see, e.g. Hamstring holds, week 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made from the title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id (file name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get ready before each step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breath: in / out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The highlighted step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the program's breath pace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its own pace (below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cue for this client, shown during the step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timed as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reps per set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold each rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release after each hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds each set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breath pace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own pace: in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own pace: out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign to nobody yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign to {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New e&amp;xercise…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgramFile</name>
    <message>
        <source>step {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required key '{key}' (add {line})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format version {version}: this version of Hamsession reads format {format}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} must be an exercise id in quotes or an inline table, got {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the program has no steps: add at least one {table}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say how it is timed with {breaths} (breathing), {hold_s} (holds and stretches), {rep_s} (timed reps) or {for_s} (a walk or a run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use only one of {breaths}, {hold_s}, {rep_s} and {for_s} (found {found})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key}: exercise '{exercise}' has no cues to say</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a breathing step takes no '{key}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a walk or a run ({for_s}) takes no '{key}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} is for a walk or a run timed with {for_s}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{key} is for hold steps; timed reps have no release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown exercise {exercise}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown exercise {exercise} (did you mean '{suggestion}'?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exercise '{exercise}' is a placeholder: write its instructions before using it in a program</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgramPicker</name>
    <message>
        <source>Choose a program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something feels wrong…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The safety questions, at any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About the exercises…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why each exercise is there, its breathing, dose and sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, remind me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage {stage}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform><numerusform>%n steps</numerusform></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not open yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgramService</name>
    <message>
        <source>there is no data folder to save exercises in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an exercise with the id '{id}' already exists</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <extracomment>A program or exercise is a few kilobytes; a megabyte is far past any real one. Ten years of daily sessions export to well under this.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a link that leads round in a circle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a regular file (a pipe or a device?)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>The session can no longer be saved: {error}</source>
        <extracomment>Set by the window: call the given function again a little later.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another program is writing to your history: this session is kept and saved as soon as it is done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>{title}: {items}</source>
        <extracomment>Where the emergency messages send someone; filled in by :func:`message`.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saddle area, bladder or bowel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New numbness or pins and needles between the legs (inner thighs, genitals, back passage or buttocks), or when wiping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New difficulty starting or stopping a wee, or not feeling it pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New leaking of urine, or newly needing pads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Losing control of your bowels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new change in sexual sensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please stop. These symptoms need emergency assessment today. {where}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leg weakness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weakness in a leg that is getting worse, or a foot that drags or slaps down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symptoms in both legs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the session and contact a doctor today about the new or worsening weakness in your legs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back pain with other signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back pain with a fever</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constant pain at night</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back pain that began after a fall, an accident or another serious injury</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have had cancer, now or in the past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being told you have cancer since your last check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please have these symptoms checked by a doctor before you carry on with these exercises.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back of the thigh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sudden sharp pain at the back of the thigh with a pop or a snap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bruising at the back of the thigh that came up quickly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not being able to walk normally since the thigh pain began</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop. This may be a significant hamstring injury. Please have it assessed before you exercise this leg again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you gave birth in the last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A severe headache, or one that keeps getting worse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dizziness or fainting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chest pain, or a racing heart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trouble breathing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A leg that is swollen, red or painful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heavy bleeding, or discharge that smells bad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fever of 38 °C (100.4 °F) or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severe pain in the belly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tiredness so great you cannot manage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thoughts of harming yourself or your baby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop. After a birth this needs medical care straight away. {where} Tell them you gave birth in the last year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you are pregnant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bleeding from the vagina</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular, painful contractions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fluid leaking from the vagina</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being short of breath before you start exercising</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dizziness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chest pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Muscle weakness that upsets your balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain or swelling in a calf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop exercising and contact your maternity team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pelvic floor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leaking urine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heaviness or dragging in the pelvis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bulge you can see or feel in the vagina</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since having a baby: pain in the pelvis or low back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bleeding that goes on more than 8 weeks after giving birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These are common and can be treated. A pelvic-health physiotherapist can help; until then, stay at a level that does not bring them on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbness, tingling or weakness in a leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbness, tingling or weakness in a leg during or after a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop here. Numbness, tingling or weakness in a leg should be checked by your physiotherapist or doctor before you exercise again. If they already know about it and said to carry on, you can confirm it has been checked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <source>{id} (Article) {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id} (Reference) {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supports: {codes}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Jan</source>
        <extracomment>The months as the report's dates name them (English as "%b" writes them).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leg symptoms (SBI): {score} of {top} ({items})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities (PSFS): average {score} of {top} ({items}; a change of {change} in the average is real)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} {status}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{start} at the start, {end} at the end (rolling mean of worst pain; changes under 2 points are not counted as real)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{first} to {last} ({range})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{sessions} ({statuses})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{per_week} sessions a week, %n minute(s) in all</source>
        <translation>
            <numerusform>{per_week} sessions a week, %n minute in all</numerusform><numerusform>{per_week} sessions a week, %n minutes in all</numerusform></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adherence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain during sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{program}: %n session(s)</source>
        <translation>
            <numerusform>{program}: %n session</numerusform><numerusform>{program}: %n sessions</numerusform></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice per program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession guides exercise; it does not diagnose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked {day}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet confirmed as checked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Hamsession report: {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SafetyGate</name>
    <message>
        <source>Before you start: you told Hamsession about symptoms that need a professional to look at them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions stay closed until a doctor, physiotherapist or maternity team has checked this. When they have, Tab to “It has been checked” and press Space or Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until then the advice is to stop progressing. When it has been checked, Tab to “It has been checked” and press Space or Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please check this first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to programs (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked yet: start anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has been checked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>Hamsession guides exercise; it does not diagnose.</source>
        <extracomment>Badge colours (light theme, dark theme), each at least 4.5:1 against its window.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{urgency}: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have read this (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{action} (Enter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SafetyService</name>
    <message>
        <source>the emergency words are at most 300 characters</source>
        <extracomment>The clinic setting holding a clinic's own words for where to get emergency care.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>Before you begin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something feels wrong?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession guides exercise; it does not diagnose. Before your first session, please check the list below. If any of these is new for you, get medical advice before you exercise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A weekly check before you carry on: is any of these new for you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick anything that is happening now. If something else worries you, stop and speak to a health professional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About your history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carry on (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing ticked means none of these apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>“{title}” is not offered while sit-bone pain (F1) is flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every step of “{title}” is left out while F1 is flagged</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left</source>
        <extracomment>The stored sides in words.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No symptom log was saved for this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worst pain {worst} · pain after {after} · effort {effort}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where: {regions}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form: {signs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legs: {signs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next morning: {morning}, pain {pain}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dddd dd MMMM yyyy, HH:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session of {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{program} · {when} · {status}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>How did that go?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>completed</source>
        <extracomment>A session's stored status in words (other statuses: underscores as spaces).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Session complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session ended early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time: {time}    Holds done: {holds}    Time under tension: {tension}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept (A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to programs (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{offer} (A)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SitBone</name>
    <message>
        <source>Sitting: if your chair presses on the back of your thighs, rest your feet on a footstool so the hamstrings are not squeezed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out while sit-bone pain (F1) is flagged: {names}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>release, breathe in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switch sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>begin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>session complete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepLines</name>
    <message>
        <source>{number}. {exercise}: {dose} (left out: F1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{number}. {exercise}: {dose}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SymptomLog</name>
    <message>
        <source>Where did it hurt? (worst pain there, if you like)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worst pain, {region}, 0 to 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a number for each scale ({scale}); leave it empty to skip it. Ctrl+Return saves, Esc closes without answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worst pain during the session, 0 to 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain now, 0 to 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effort of the session, 0 to 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worst pain during the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effort (0 = none, 10 = the hardest you can do)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did you notice any of these?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pelvic floor, today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the exercise, if any urine leaked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any urine leakage? In which exercise?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something feels wrong? Tick anything that is new today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes about this session (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without answers (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please check the scales: {error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved ({reason}). Your answers are still here: press Save again once the problem is fixed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <source>Low back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sit bone or just below the buttock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back of the thigh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Behind the knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Below the knee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ribs flared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back arched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breath held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pressure or heaviness downward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain shooting down a leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbness or tingling in a leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weakness in a leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pressure low in the belly during or after today's session</source>
        <extracomment>Optional "today" questions (an adaptation of three PFDI-20 items; off unless the profile turns them on). Each is answered on the bother scale below.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heaviness or a dull ache in the pelvis during or after today's session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bulge, or something coming down, that you could see or feel in the vagina</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not at all</source>
        <extracomment>The bother scale: these English answers are stored (and compared); :func:`word` shows them.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>somewhat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>moderately</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quite a bit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>better</source>
        <extracomment>The next-morning answers: stored in English; :func:`word` shows them.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 = no pain, 10 = worst pain you can imagine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{typed} is not a whole number from 0 to 10</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TransferDialogs</name>
    <message>
        <source>Export history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamsession export (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History exported to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing sessions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported, with notes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n new session(s) of {total} from {path}</source>
        <translation>
            <numerusform>Imported %n new session of {total} from {path}</numerusform><numerusform>Imported %n new sessions of {total} from {path}</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: {problem}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <source>Emergency</source>
        <extracomment>Open flags of these urgencies keep every session (desk breaks included) from starting until the person confirms the flag has been checked. The badge of each urgency, in English (translated by :func:`urgency_word`).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before you exercise again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you can</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>The speech service is not answering: spoken cues are off</source>
        <extracomment>Names the speech engine to use (tests use "mock"); otherwise the first real one found. Phrases waiting behind the one being spoken; older waiting ones are dropped, so the voice never falls far behind the session.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The speech engine '{engine}' could not start: spoken cues are off</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Wiring</name>
    <message>
        <source>Clinic mode: clinician functions need the PIN</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>a pelvic-health physiotherapist can help with these</source>
        <extracomment>The form sign that is a pelvic-floor sign: red, with the pelvic-health message.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session has no symptom log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain during the session reached {pain} (the limit is {limit})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain during the session was {pain}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the next morning was worse by %n point(s)</source>
        <translation>
            <numerusform>the next morning was worse by %n point</numerusform><numerusform>the next morning was worse by %n points</numerusform></translation>
    </message>
    <message>
        <source>the next morning felt worse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the next morning was stiffer than usual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there were pelvic-floor symptoms: {advice}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new leg symptom: {symptoms}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leg symptoms were present: {symptoms}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>form signs were ticked: {signs}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>effort was {effort}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session has no pain score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain stayed at {pain} or below; the next morning is not known yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain stayed at {pain} or below and the next morning felt better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain stayed at {pain} or below and the next morning felt as usual</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_CheckinPage</name>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
