//! The UI's own words (buttons, headings, notices), in both languages.
use crate::assessment::text::{Lang, Text};
use crate::t;

mod saved;
pub use saved::*;

pub const APP_NAME: &str = "Back Check";
pub const SKIP_LINK: Text = t!("Skip to main content", "Zum Hauptinhalt springen");
pub const LANG_SWITCH_LABEL: Text = t!("Language", "Sprache");
pub const MENU: Text = t!("Menu", "Menü");

// Start page
pub const START_TITLE: Text = t!(
    "Back pain after running?",
    "Rückenschmerzen nach dem Laufen?"
);
pub const START_LEDE: Text = t!(
    "Answer a few questions about your pain, everyday life and training. You find out whether and how soon to see a doctor, what to do today, whether you can run, what may be behind the pain and what helps.",
    "Beantworte ein paar Fragen zu deinen Schmerzen, deinem Alltag und Training. Du erfährst, ob und wie schnell du ärztliche Hilfe brauchst, was du heute tun kannst, ob du laufen kannst, was hinter den Schmerzen stecken kann und was hilft."
);
/// "14 short pages, about 4 minutes; the optional self-tests add up to 12."
pub fn start_time(l: crate::assessment::flow::Length, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "{} short pages, about {} minutes. The optional self-tests add up to {} minutes.",
            l.pages, l.minutes, l.self_test_minutes
        ),
        Lang::De => format!(
            "{} kurze Seiten, etwa {} Minuten. Die freiwilligen Selbsttests kosten bis zu {} Minuten mehr.",
            l.pages, l.minutes, l.self_test_minutes
        ),
    }
}
pub const START_PRIVACY: Text = t!(
    "Your answers stay on this device. Nothing is sent anywhere, and there is no account.",
    "Deine Antworten bleiben auf diesem Gerät. Nichts wird verschickt, und es gibt kein Konto."
);
pub const START_DISCLAIMER: Text = t!(
    "Back Check is not a diagnosis and does not replace a doctor or physiotherapist.",
    "Back Check ist keine Diagnose und ersetzt keine Ärztin, keinen Arzt und keine Physiotherapie."
);
pub const START_EMERGENCY: Text = t!(
    "If you have sudden severe symptoms, call 112 (999 in the UK) now instead.",
    "Bei plötzlichen schweren Beschwerden ruf stattdessen sofort die 112 an."
);
pub const START_BUTTON: Text = t!("Start now", "Jetzt starten");
pub const RESUME_BUTTON: Text = t!(
    "Continue where you left off",
    "Weitermachen, wo du aufgehört hast"
);
pub const RESTART_BUTTON: Text = t!("Start again", "Neu beginnen");
pub const OTHER_DRAFT_NOTE: Text = t!(
    "A check was started on this device, in another tab or an earlier visit. You can continue it here; the other tab keeps its own answers.",
    "Auf diesem Gerät wurde ein Check begonnen, in einem anderen Tab oder bei einem früheren Besuch. Du kannst ihn hier fortsetzen; der andere Tab behält seine eigenen Antworten."
);
pub const RECHECK_ONSET: Text = t!(
    "Filled in from your last check. Change it only if the pain had gone completely in between: then give the day it came back.",
    "Aus deinem letzten Check übernommen. Ändere es nur, wenn die Schmerzen zwischendurch ganz weg waren: Dann gib den Tag an, an dem sie wiederkamen."
);
pub const VERDICT: Text = t!("Verdict", "Empfehlung");
pub const TEN_DAYS_REACHED: Text = t!(
    "10 days reached: book a doctor's appointment.",
    "10 Tage erreicht: Vereinbare einen Arzttermin."
);

/// "Since your last check on 3 December 2026".
pub fn since_last(date: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Since your last check on {date}"),
        Lang::De => format!("Seit deinem letzten Check am {date}"),
    }
}

pub const CHECK_AGAIN: Text = t!("Check again", "Erneut prüfen");

/// "Your last check was on 3 December 2026: Rest first. A re-check asks only
/// what can change."
pub fn last_check(date: &str, verdict: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Your last check was on {date}: {verdict}. Checking again asks only what can change: every warning sign, when the pain began, and how strong it is."),
        Lang::De => format!("Dein letzter Check war am {date}: {verdict}. Ein erneuter Check fragt nur, was sich ändern kann: alle Warnzeichen, wann die Schmerzen begannen und wie stark sie sind."),
    }
}

pub const RESUME_NOTE: Text = t!(
    "You have a check in progress on this device.",
    "Auf diesem Gerät ist ein begonnener Check gespeichert."
);

// Question pages
pub const BACK: Text = t!("Back", "Zurück");
pub const CONTINUE: Text = t!("Continue", "Weiter");
pub const ERROR_SUMMARY_TITLE: Text = t!("There is a problem", "Es gibt ein Problem");
pub const ERROR_PREFIX: Text = t!("Error:", "Fehler:");
pub const OR: Text = t!("or", "oder");
pub const ONSET_DATE_LABEL: Text = t!("Date", "Datum");
pub const ONSET_DAYS_LABEL: Text = t!("Or: how many days ago?", "Oder: vor wie vielen Tagen?");
pub const DAYS: Text = t!("days", "Tage");
pub const SECONDS: Text = t!("seconds", "Sekunden");
pub const SECONDS_HELD: Text = t!("Seconds held", "Gehaltene Sekunden");
pub const SKIP_TEST: Text = t!("Skip / I can't do this", "Überspringen / kann ich nicht");
pub const HOW_TO: Text = t!("How to do it", "So geht's");
pub const HOW_TO_READ: Text = t!("How to read it", "So liest du das Ergebnis");
pub const TIMER_START: Text = t!("Start", "Start");
pub const TIMER_AGAIN: Text = t!("Time it again", "Noch einmal messen");
pub const TIMER_DONE: Text = t!("Done", "Fertig");
pub const TIMER_TARGET: Text = t!("Up to", "Max.");
pub const TIMER_SIGNAL: Text = t!(
    "Sound and vibration at the end",
    "Ton und Vibration am Ende"
);
pub const TIMER_STOP: Text = t!("Stop", "Stopp");
pub const SAFETY_INTRO: Text = t!(
    "First, a few questions about warning signs. Read each sign before you answer.",
    "Zuerst ein paar Fragen zu Warnzeichen. Lies jedes Zeichen, bevor du antwortest."
);

// Check answers
pub const CHECK_TITLE: Text = t!("Check your answers", "Prüfe deine Antworten");
pub const CHANGE: Text = t!("Change", "Ändern");
pub const SEE_RESULT: Text = t!("See my result", "Mein Ergebnis anzeigen");
pub const NOT_ANSWERED: Text = t!("Not answered yet", "Noch nicht beantwortet");
pub const UNFINISHED: Text = t!(
    "Some questions are not answered yet.",
    "Einige Fragen sind noch nicht beantwortet."
);
pub const ANSWER_THEM: Text = t!("Answer the next one", "Die nächste beantworten");

// Results
pub const RESULT_TITLE: Text = t!("Your result", "Dein Ergebnis");
pub const WHY_LEVEL: Text = t!("Why", "Warum");
pub const NO_WARNING_SIGN: Text = t!(
    "None of the warning signs applies.",
    "Keines der Warnzeichen trifft zu."
);
pub const UNDER_TEN_DAYS: Text = t!(
    "The pain began less than 10 days ago.",
    "Die Schmerzen haben vor weniger als 10 Tagen begonnen."
);
pub const TODAY_TITLE: Text = t!("Today", "Heute");
pub const RECHECK_TITLE: Text = t!("When to check again", "Nächster Check");
pub const RECHECK_AFTER_DOCTOR: Text = t!(
    "After your appointment, with what the doctor found.",
    "Nach deinem Arzttermin, mit dem ärztlichen Befund."
);
pub const RECHECK_ANYTIME: Text = t!(
    "Sooner if the pain gets clearly worse.",
    "Schon früher, wenn die Schmerzen deutlich zunehmen."
);
pub const WAY_BACK_TITLE: Text = t!("The way back to running", "Der Weg zurück zum Laufen");
pub const PROGRESSION: Text = t!("Progress", "Steigerung");
pub const ANSWERS_SUMMARY: Text = t!("Answers", "Antworten");
pub const CONTRIBUTORS_TITLE: Text = t!("What may be behind it", "Was dahinterstecken kann");
pub const CONTRIBUTORS_SEEN_FIRST: Text = t!(
    "The doctor's examination comes first; these are answers worth mentioning at the appointment.",
    "Zuerst kommt die ärztliche Untersuchung; das sind Antworten, die du beim Termin erwähnen kannst."
);
pub const NO_CONTRIBUTORS: Text = t!(
    "Your answers do not point to a particular cause. The general advice below still applies.",
    "Deine Antworten deuten auf keine bestimmte Ursache hin. Die allgemeinen Tipps unten gelten trotzdem."
);
pub const YOUR_ANSWERS: Text = t!(
    "Your answers that point to it",
    "Deine Antworten, die darauf hindeuten"
);
pub const SOURCES: Text = t!("Sources", "Quellen");
pub const PLAN_TITLE: Text = t!("What to do", "Was du tun kannst");
pub const PLAN_UNTIL_SEEN: Text = t!(
    "Until a doctor has seen you: gentle activity only. Strength work, technique and the way back to running come after a doctor has cleared running.",
    "Bis dich eine Ärztin oder ein Arzt untersucht hat: nur sanfte Bewegung. Krafttraining, Technik und der Weg zurück zum Laufen kommen erst, wenn das Laufen ärztlich freigegeben ist."
);
pub const PLAN_DOSES: Text = t!(
    "The doses are Back Check's working values.",
    "Die Dosierungen sind Richtwerte von Back Check."
);
pub const PLAN_AFTER_REST: Text = t!(
    "Start with \u{201c}This week\u{201d}; \u{201c}From next week\u{201d} only once walking and changing position no longer hurt.",
    "Beginne mit \u{201e}Diese Woche\u{201c}; \u{201e}Ab nächster Woche\u{201c} erst, wenn Gehen und Positionswechsel nicht mehr wehtun."
);
pub const PLAN_STOP: Text = t!(
    "Stop any exercise that makes the pain clearly worse or sends it into a leg.",
    "Brich jede Übung ab, die die Schmerzen deutlich verstärkt oder ins Bein ausstrahlen lässt."
);
pub const FOR_: Text = t!("Helps with", "Hilft bei");
pub const FOR_ANYONE: Text = t!(
    "For anyone with back pain.",
    "Für alle mit Rückenschmerzen."
);
pub const DISCLAIMER: Text = t!(
    "This is not a diagnosis, only what your answers suggest.",
    "Das ist keine Diagnose, nur das, worauf deine Antworten hindeuten."
);
pub const PRINT: Text = t!("Print or save as PDF", "Drucken oder als PDF speichern");
pub const CHANGE_ANSWERS: Text = t!("Change your answers", "Antworten ändern");
pub const CHECKED_ON: Text = t!("Checked on", "Geprüft am");

// The stop at urgent and emergency
pub const CALL_112: Text = t!("Call 112", "112 anrufen");
pub const CALL_999: Text = t!("UK: call 999", "Großbritannien: 999 anrufen");
pub const CALL_116117: Text = t!("Germany: call 116\u{a0}117", "116\u{a0}117 anrufen");
pub const CALL_111: Text = t!("UK: call 111", "Großbritannien: 111 anrufen");
pub const UNTIL_THEN: Text = t!("Until then", "Bis dahin");
pub const UNTIL_EMERGENCY: &[Text] = &[
    t!(
        "Do not run, train or lift anything heavy.",
        "Verzichte aufs Laufen und Trainieren und heb nichts Schweres."
    ),
    t!(
        "Do not drive yourself. If you can, ask someone to stay with you.",
        "Fahr nicht selbst. Bitte nach Möglichkeit jemanden, bei dir zu bleiben."
    ),
    t!(
        "Take this page with you, printed or on your phone.",
        "Nimm diese Seite mit, ausgedruckt oder auf dem Handy."
    ),
];
pub const UNTIL_URGENT: &[Text] = &[
    t!(
        "Do not run or train until a doctor has seen you.",
        "Lauf und trainier nicht, bis dich eine Ärztin oder ein Arzt untersucht hat."
    ),
    t!(
        "Moving gently around the house is fine as long as it does not make the pain worse.",
        "Sanfte Bewegung in der Wohnung ist in Ordnung, solange sie die Schmerzen nicht verstärkt."
    ),
    t!(
        "If numbness around the genitals or buttocks, trouble passing urine or weakness in both legs appears, call 112 (UK: 999) at once.",
        "Kommen Taubheit an Genitalien oder Gesäß, Probleme beim Wasserlassen oder Schwäche in beiden Beinen hinzu, ruf sofort die 112 an."
    ),
    t!(
        "If you get chest pain, shortness of breath or feel faint, call 112 (UK: 999) at once.",
        "Kommen Brustschmerzen, Atemnot oder Schwindel hinzu, ruf sofort die 112 an."
    ),
];
pub const TELL_DOCTOR: Text = t!(
    "What to tell the doctor",
    "Was du der Ärztin oder dem Arzt sagen solltest"
);
pub const TELL_SIGNS: Text = t!("Signs you ticked", "Angekreuzte Zeichen");
pub const TELL_AGE: Text = t!("Age", "Alter");
pub const TELL_PAIN_NOW: Text = t!("Pain now", "Schmerz jetzt");
pub const STOP_MISTAKE: Text = t!(
    "Ticked something by mistake?",
    "Versehentlich etwas angekreuzt?"
);
pub const STOP_CHANGE: Text = t!("Change your answers", "Antworten ändern");
pub const RUN_TITLE: Text = t!("Can I run today?", "Kann ich heute laufen?");
pub const NOT_FOUND: Text = t!("Page not found", "Seite nicht gefunden");
pub const GO_START: Text = t!("Go to the start", "Zum Anfang");

/// "Question 3 of 14".
pub fn progress(n: usize, of: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Part {n} of {of}"),
        Lang::De => format!("Teil {n} von {of}"),
    }
}

/// The document title for a page.
pub fn doc_title(page: &str, error: bool, lang: Lang) -> String {
    let prefix = if error {
        format!("{} ", ERROR_PREFIX.get(lang))
    } else {
        String::new()
    };
    format!("{prefix}{page} – {APP_NAME}")
}

/// "If it still hurts on 2 December 2026, book a doctor's appointment."
pub fn recheck_sentence(date: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("If it still hurts on {date}, book a doctor's appointment."),
        Lang::De => format!("Wenn es am {date} noch wehtut, vereinbare einen Arzttermin."),
    }
}

/// "Pain began 12 days ago": counted from the onset (day 0), as the
/// 10-day rule counts.
pub fn pain_days(days: i32, lang: Lang) -> String {
    match (lang, days) {
        (Lang::En, 0) => "Pain began today".to_owned(),
        (Lang::En, 1) => "Pain began yesterday".to_owned(),
        (Lang::En, d) => format!("Pain began {d} days ago"),
        (Lang::De, 0) => "Schmerzbeginn heute".to_owned(),
        (Lang::De, 1) => "Schmerzbeginn gestern".to_owned(),
        (Lang::De, d) => format!("Schmerzbeginn vor {d} Tagen"),
    }
}

/// A saved check whose answers give another verdict by today's rules.
pub const RULES_CHANGED: Text = t!(
    "Back Check's rules have changed since this check, and the same answers now give another verdict. The advice below follows today's rules.",
    "Die Regeln von Back Check haben sich seit diesem Check geändert, und dieselben Antworten ergeben jetzt eine andere Empfehlung. Die Hinweise unten folgen den heutigen Regeln."
);
pub const VERDICT_TODAY: Text = t!("By today's rules", "Nach heutigen Regeln");
pub const EARLIER_QUESTIONS: Text = t!(
    "This check was made with an earlier set of questions, so it shows only what it said on its day. For advice today, start a new check.",
    "Dieser Check wurde mit einem früheren Fragebogen gemacht und zeigt daher nur, was er an seinem Tag ergab. Für aktuelle Hinweise starte einen neuen Check."
);
pub const SAVED_PAIN: Text = t!("Pain on that day", "Schmerz an diesem Tag");

/// "Show 2 more contributors".
pub fn more_findings(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::En, 1) => "Show 1 more contributor".to_owned(),
        (Lang::En, n) => format!("Show {n} more contributors"),
        (Lang::De, 1) => "1 weiteren Faktor anzeigen".to_owned(),
        (Lang::De, n) => format!("{n} weitere Faktoren anzeigen"),
    }
}

pub fn sources_count(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Sources ({n})"),
        Lang::De => format!("Quellen ({n})"),
    }
}

// Saved results and history
pub const HISTORY_LINK: Text = t!("History", "Verlauf");
pub const HISTORY_TITLE: Text = t!("Your saved checks", "Deine gespeicherten Checks");
pub const HISTORY_EMPTY: Text = t!(
    "No checks are saved on this device yet.",
    "Auf diesem Gerät sind noch keine Checks gespeichert."
);
pub const HISTORY_PRIVACY: Text = t!(
    "Saved only in this browser on this device. Download them to keep a copy or to move them to another device.",
    "Nur in diesem Browser auf diesem Gerät gespeichert. Lade sie herunter, um eine Kopie zu behalten oder sie auf ein anderes Gerät zu bringen."
);
pub const CHART_TITLE: Text = t!("Pain over time", "Schmerzverlauf");
pub const COL_DATE: Text = t!("Date", "Datum");
pub const COL_PAIN: Text = t!("Pain now (0-10)", "Schmerz jetzt (0-10)");
pub const COL_LEVEL: Text = t!("Result", "Ergebnis");
pub const COL_ACTIONS: Text = t!("Actions", "Aktionen");
pub const OPEN: Text = t!("Open", "Öffnen");
pub const DELETE: Text = t!("Delete", "Löschen");
pub const DELETE_CONFIRM: Text = t!("Yes, delete", "Ja, löschen");
pub const CANCEL: Text = t!("Cancel", "Abbrechen");
pub const UNDO: Text = t!("Undo", "Rückgängig");

pub const DELETE_ALL: Text = t!(
    "Delete all saved checks",
    "Alle gespeicherten Checks löschen"
);
pub const DELETE_ALL_CONFIRM: Text = t!("Yes, delete all", "Ja, alle löschen");
pub const EXPORT_ALL: Text = t!(
    "Download all results (JSON file)",
    "Alle Ergebnisse herunterladen (JSON-Datei)"
);
pub const IMPORT_LABEL: Text = t!(
    "Import results from a Back Check file",
    "Ergebnisse aus einer Back-Check-Datei importieren"
);
pub const IMPORT_HINT: Text = t!(
    "Results already on this device are not added twice.",
    "Ergebnisse, die schon auf diesem Gerät sind, werden nicht doppelt hinzugefügt."
);
pub const NEW_CHECK: Text = t!("Start a new check", "Neuen Check starten");
pub const REMIND_ME: Text = t!("Remind me (calendar file)", "Erinnere mich (Kalenderdatei)");
pub const DOWNLOAD_RESULT: Text = t!(
    "Download this result (JSON file)",
    "Ergebnis herunterladen (JSON-Datei)"
);
pub const RESULT_MISSING: Text = t!(
    "This result is not saved on this device.",
    "Dieses Ergebnis ist auf diesem Gerät nicht gespeichert."
);
pub const SAVED_NOTE: Text = t!("Saved on this device.", "Auf diesem Gerät gespeichert.");
pub const DISMISS: Text = t!("Dismiss", "Ausblenden");
pub const MODULE_LOADING: Text = t!("Loading\u{2026}", "Wird geladen\u{2026}");
pub const MODULE_FAILED: Text = t!(
    "This part of Back Check could not be loaded. Check your internet connection and try again.",
    "Dieser Teil von Back Check ließ sich nicht laden. Prüf deine Internetverbindung und versuch es noch einmal."
);
pub const MODULE_FAILED_KEPT: Text = t!(
    "Your answers are kept.",
    "Deine Antworten bleiben erhalten."
);
pub const MODULE_FAILED_OPEN: Text = t!(
    "Keep this page open: your answers are kept only while it is.",
    "Lass diese Seite offen: Nur so lange bleiben deine Antworten erhalten."
);
pub const TRY_AGAIN: Text = t!("Try again", "Noch einmal versuchen");
