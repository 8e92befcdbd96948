//! What the runner's log adds to the questionnaire and the result, in words:
//! the answers it fills (marked "from your log", still editable), the spike
//! before the pain with the runner's own numbers, and the ceiling for the way
//! back. Honest about the study: injuries of all kinds, not back pain on its
//! own; an association, not proof.
use super::answer::{format_date, Answer};
use super::answers::Answers;
use super::contributors::Contributor;
use super::log::{km, km_floor, Band, Ceiling, LogSummary, Spike};
use super::questions::QuestionId;
use super::sources::Source;
use super::text::{Lang, Text};
use crate::t;

/// The questions the log answers.
pub const FILLED: [QuestionId; 3] = [
    QuestionId::LoadChange,
    QuestionId::RestDays,
    QuestionId::ShoeKm,
];

/// Marks an answer the log gave (until the runner changes it).
pub const FROM_LOG: Text = t!("from your log", "aus deinem Lauflog");

pub const READ_LOG: Text = t!("Read my running log", "Mein Lauflog einlesen");

/// On the training-load page: what the runner's log can do here.
pub const READ_LOG_OFFER: Text = t!(
    "Your watch or running app records every run. Read its log on this device, and these answers are filled in from what it measured.",
    "Deine Uhr oder Lauf-App zeichnet jeden Lauf auf. Lies ihr Log auf diesem Gerät ein, dann werden diese Antworten aus den Messungen ausgefüllt."
);

/// From the log's page back to the training questions.
pub const BACK_TO_TRAINING: Text = t!(
    "Back to the training questions",
    "Zurück zu den Trainingsfragen"
);

pub const READ_LOG_HINT: Text = t!(
    "Optional. Pick or drop a Strava export (.zip), a Garmin Connect activities CSV, or .fit, .gpx and .tcx files from your watch. They are read on this device: nothing is sent anywhere, and only dates, distances and shoe names are kept with your check.",
    "Freiwillig. Wähle eine Strava-Exportdatei (.zip), einen Aktivitäten-Export (CSV) von Garmin Connect oder .fit-, .gpx- und .tcx-Dateien deiner Uhr aus oder zieh sie hierher. Sie werden auf diesem Gerät gelesen: Nichts wird verschickt, und mit deinem Check werden nur Daten, Strecken und Schuhnamen gespeichert."
);

/// The answers the log gives, for the questions it can answer: load change
/// (when the 8 weeks hold a run), rest days, and the current shoes' distance
/// (when the log names the shoes of the last run).
pub fn answers(s: &LogSummary) -> Vec<(QuestionId, Answer)> {
    let mut out = Vec::new();
    if let Some(k) = s.load_change() {
        out.push((QuestionId::LoadChange, Answer::Choice(k.into())));
        out.push((QuestionId::RestDays, Answer::Choice(s.rest_days().into())));
    }
    if let Some(k) = s.shoe_km() {
        out.push((QuestionId::ShoeKm, Answer::Choice(k.into())));
    }
    out
}

/// The questions whose answer is still the one the log gave.
pub fn still_from_log(s: &LogSummary, current: &Answers) -> Vec<QuestionId> {
    answers(s)
        .into_iter()
        .filter(|(q, a)| current.get(*q) == Some(a))
        .map(|(q, _)| q)
        .collect()
}

/// "28 November": a day without its year (the 8 weeks are recent).
fn day_month(d: super::date::Date, lang: Lang) -> String {
    let full = format_date(d, lang);
    full.rsplit_once(' ')
        .map_or(full.clone(), |(dm, _)| dm.to_owned())
}

/// "On 28 November you ran 21.1 km, 41 % more than your longest run in the
/// 30 days before (15.0 km)."
pub fn spike_sentence(s: &Spike, lang: Lang) -> String {
    let (day, run, before, pct) = (
        day_month(s.day, lang),
        km(s.metres, lang),
        km(s.longest_before, lang),
        s.percent(),
    );
    match lang {
        Lang::En => format!(
            "On {day} you ran {run} km, {pct} % more than your longest run in the 30 days before ({before} km)."
        ),
        Lang::De => format!(
            "Am {day} bist du {run} km gelaufen, {pct} % mehr als dein längster Lauf in den 30 Tagen davor ({before} km)."
        ),
    }
}

/// How the study rated the band (the hazard rate ratio, in words).
pub fn band_words(b: Band) -> Text {
    match b {
        Band::Small => t!(
            "In the study, runs 10 to 30 % longer went with about 1.6 times the rate of overuse injuries.",
            "In der Studie gingen 10 bis 30 % längere Läufe mit etwa 1,6-mal so vielen Überlastungsverletzungen einher."
        ),
        Band::Moderate => t!(
            "In the study, runs 30 to 100 % longer went with about 1.5 times the rate of overuse injuries.",
            "In der Studie gingen 30 bis 100 % längere Läufe mit etwa 1,5-mal so vielen Überlastungsverletzungen einher."
        ),
        Band::Large => t!(
            "In the study, runs more than twice as long went with about 2.3 times the rate of overuse injuries.",
            "In der Studie gingen mehr als doppelt so lange Läufe mit etwa 2,3-mal so vielen Überlastungsverletzungen einher."
        ),
    }
}

/// What the study can and cannot say.
pub const CAVEAT: Text = t!(
    "The study counted running injuries of all kinds, not back pain on its own, and it shows an association, not proof that this run caused your pain.",
    "Die Studie zählte Laufverletzungen aller Art, nicht Rückenschmerzen für sich, und sie zeigt einen Zusammenhang, keinen Beweis, dass dieser Lauf deine Schmerzen ausgelöst hat."
);

/// "Keep any single run under 16.5 km: 15.0 km plus 10 %." and where the
/// 15.0 km comes from.
pub fn ceiling_sentence(c: &Ceiling, lang: Lang) -> String {
    let (limit, base) = (km_floor(c.metres, lang), km(c.longest, lang));
    match (lang, c.after_spike) {
        (Lang::En, true) => format!(
            "On the way back, keep any single run under {limit} km: {base} km, your longest run in the 30 days before that long run, plus 10 %."
        ),
        (Lang::En, false) => format!(
            "On the way back, keep any single run under {limit} km: {base} km, your longest run in the last 30 days, plus 10 %."
        ),
        (Lang::De, true) => format!(
            "Halte auf dem Weg zurück jeden einzelnen Lauf unter {limit} km: {base} km, dein längster Lauf in den 30 Tagen vor diesem langen Lauf, plus 10 %."
        ),
        (Lang::De, false) => format!(
            "Halte auf dem Weg zurück jeden einzelnen Lauf unter {limit} km: {base} km, dein längster Lauf der letzten 30 Tage, plus 10 %."
        ),
    }
}

/// The finding the log adds to "Too much, too soon": the spike in the days
/// before the pain began, if there was one.
pub struct LogFinding<'a> {
    pub contributor: Contributor,
    pub spike: &'a Spike,
    pub sources: &'static [Source],
}

pub fn finding(s: &LogSummary) -> Option<LogFinding<'_>> {
    s.spike_before_onset().map(|spike| LogFinding {
        contributor: Contributor::TooMuchTooSoon,
        spike,
        sources: &[Source::Frandsen2025],
    })
}

pub const CHOOSE_FILES: Text = t!("Choose files", "Dateien auswählen");
pub const OR_DROP: Text = t!("or drop them here", "oder hierher ziehen");
pub const CANCEL: Text = t!("Cancel", "Abbrechen");
pub const CANCELLED: Text = t!(
    "Reading stopped. Nothing from the log was used.",
    "Einlesen abgebrochen. Aus dem Lauflog wurde nichts übernommen."
);
pub const FAILED: Text = t!(
    "The log could not be read on this device. Your answers are unchanged; answer the questions below yourself.",
    "Das Lauflog ließ sich auf diesem Gerät nicht lesen. Deine Antworten sind unverändert; beantworte die Fragen unten selbst."
);
pub const FILLED_NOTE: Text = t!(
    "The answers marked \u{201c}from your log\u{201d} come from it. Change any that does not fit: your answer counts.",
    "Die mit \u{201e}aus deinem Lauflog\u{201c} markierten Antworten stammen daraus. Ändere jede, die nicht passt: Deine Antwort zählt."
);
pub const NOT_USED: Text = t!("Not used:", "Nicht verwendet:");

/// "Read 12 of 40 files · 3.1 of 96.0 MB"
pub fn progress_text(p: &super::logread::Progress, lang: Lang) -> String {
    use super::logread::megabytes;
    let (done, total) = (
        megabytes(p.bytes_done, lang),
        megabytes(p.bytes_total, lang),
    );
    match lang {
        Lang::En => format!(
            "Read {} of {} files · {done} of {total} MB",
            p.files_done, p.files_total
        ),
        Lang::De => format!(
            "{} von {} Dateien gelesen · {done} von {total} MB",
            p.files_done, p.files_total
        ),
    }
}

/// "39 runs read from 43 files (13 found twice, counted once). Left out: 2 rides."
pub fn read_summary(f: &super::logread::LogFiles, lang: Lang) -> String {
    let runs = f.runs.len();
    let mut s = match lang {
        Lang::En => format!(
            "{runs} {} read from {} {}.",
            if runs == 1 { "run" } else { "runs" },
            f.files,
            if f.files == 1 { "file" } else { "files" }
        ),
        Lang::De => format!(
            "{runs} {} aus {} {} gelesen.",
            if runs == 1 { "Lauf" } else { "Läufe" },
            f.files,
            if f.files == 1 { "Datei" } else { "Dateien" }
        ),
    };
    if f.duplicates > 0 {
        s += &match lang {
            Lang::En => format!(" {} found twice and counted once.", f.duplicates),
            Lang::De => format!(" {} doppelt gefunden und einmal gezählt.", f.duplicates),
        };
    }
    let left = f.left_out_text(lang);
    if !left.is_empty() {
        s += &match lang {
            Lang::En => format!(" Left out: {left}."),
            Lang::De => format!(" Nicht berücksichtigt: {left}."),
        };
    }
    s
}

/// Said when the log holds no run up to the onset (or the onset is not
/// known yet).
pub const NO_RUNS_BEFORE_ONSET: Text = t!(
    "There is no run in it up to the day the pain began, so it answers nothing here.",
    "Darin ist kein Lauf bis zu dem Tag, an dem die Schmerzen begannen; deshalb beantwortet es hier nichts."
);

pub const LOG_TITLE: Text = t!("From your running log", "Aus deinem Lauflog");

/// The weekly chart's name.
pub fn weeks_title(lang: Lang) -> &'static str {
    t!(
        "Kilometres per week, the 8 weeks up to the day the pain began",
        "Kilometer pro Woche, die 8 Wochen bis zum Tag, an dem die Schmerzen begannen"
    )
    .get(lang)
}

/// Under the chart: from when to when, and the rest days.
pub fn weeks_caption(s: &LogSummary, lang: Lang) -> String {
    let (from, to) = (
        day_month(s.weeks.first().map_or(s.onset, |w| w.start), lang),
        day_month(s.onset, lang),
    );
    let rest = s.rest_days_tenths();
    let rest = match lang {
        Lang::En => format!("{}.{}", rest / 10, rest % 10),
        Lang::De => format!("{},{}", rest / 10, rest % 10),
    };
    match lang {
        Lang::En => {
            format!("{from} to {to}; in the last 4 weeks {rest} days a week without a run.")
        }
        Lang::De => {
            format!("{from} bis {to}; in den letzten 4 Wochen {rest} Tage pro Woche ohne Lauf.")
        }
    }
}

/// The worker's last message for `files`: measured for `onset`, said in `lang`.
pub fn done(
    files: &super::logread::LogFiles,
    onset: Option<super::date::Date>,
    lang: Lang,
) -> super::logread::LogDone {
    super::logread::LogDone {
        summary: onset.and_then(|o| LogSummary::derive(&files.runs, o)),
        report: read_summary(files, lang),
        problems: files
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.file, p.problem.text(lang)))
            .collect(),
    }
}
