//! What the UI says about the data kept on this device: the storage state,
//! notices, deleting and undoing, importing. Plain words, no storage keys;
//! singular and plural chosen by the number.
use crate::assessment::text::{Lang, Text};
use crate::t;

pub const STORAGE_FULL: Text = t!(
    "This browser's storage for Back Check is full, so nothing new can be kept: your answers stay while this page is open, but a reload loses them. Deleting old checks under History or other sites' data in the browser settings makes room; until then, download your result at the end.",
    "Der Browserspeicher für Back Check ist voll, daher lässt sich nichts Neues aufbewahren: Deine Antworten bleiben, solange die Seite offen ist, gehen aber beim Neuladen verloren. Platz schaffst du, indem du alte Checks im Verlauf oder Daten anderer Websites in den Browsereinstellungen löschst; bis dahin lade dein Ergebnis am Ende herunter."
);
pub const STORAGE_OFF: Text = t!(
    "This browser does not let Back Check store anything (a private window or a setting that blocks site data), so your answers are lost when you close the page. Freeing space does not help: allow this site to store data in the browser settings, or download your result at the end.",
    "Dieser Browser erlaubt Back Check nicht, etwas zu speichern (ein privates Fenster oder eine Einstellung, die Websitedaten sperrt). Deine Antworten gehen daher verloren, wenn du die Seite schließt. Platz freizumachen hilft nicht: Erlaube dieser Website in den Browsereinstellungen das Speichern von Daten oder lade dein Ergebnis am Ende herunter."
);

pub const NEWER_DATA_START: Text = t!(
    "Results on this device were saved by a newer version of Back Check. This version shows them but cannot save new results next to them. Reload the page to get the newer version before you start. If that does not help, you can still do the check and download your result at the end.",
    "Ergebnisse auf diesem Gerät wurden von einer neueren Version von Back Check gespeichert. Diese Version zeigt sie an, kann aber keine neuen Ergebnisse dazu speichern. Lade die Seite neu, um die neuere Version zu bekommen, bevor du beginnst. Hilft das nicht, kannst du den Check trotzdem machen und dein Ergebnis am Ende herunterladen."
);

pub const DOWNLOAD_COPY: Text = t!(
    "Download the copy (JSON file)",
    "Kopie herunterladen (JSON-Datei)"
);
pub const KEPT_NOTE: Text = t!(
    "Some saved data could not be read. A copy of it is kept on this device, left out of your results.",
    "Einige gespeicherte Daten konnten nicht gelesen werden. Eine Kopie davon bleibt auf diesem Gerät, getrennt von deinen Ergebnissen."
);

/// "2 saved checks deleted. You can undo this for 10 seconds."
pub fn deleted(n: usize, lang: Lang) -> String {
    let what = match (lang, n) {
        (Lang::En, 1) => "1 saved check deleted.".to_owned(),
        (Lang::En, n) => format!("{n} saved checks deleted."),
        (Lang::De, 1) => "1 gespeicherter Check gelöscht.".to_owned(),
        (Lang::De, n) => format!("{n} gespeicherte Checks gelöscht."),
    };
    format!("{what} {}", UNDO_FOR.get(lang))
}

/// How long "Undo" is there, said wherever a deletion is.
pub const UNDO_FOR: Text = t!(
    "You can undo this for 10 seconds on this page.",
    "Du kannst das 10 Sekunden lang auf dieser Seite rückgängig machen."
);

pub const READ_ONLY: Text = t!(
    "These results were saved by a newer version of Back Check. This version can show them but does not change them, so new results are not added here. Reload the page to get the newer version.",
    "Diese Ergebnisse wurden von einer neueren Version von Back Check gespeichert. Diese Version kann sie anzeigen, ändert sie aber nicht; neue Ergebnisse werden hier nicht hinzugefügt. Lade die Seite neu, um die neuere Version zu bekommen."
);
pub const DRAFT_RECOVERED: Text = t!(
    "Your unfinished check could not be read, so you start afresh. A copy of it is kept on this device.",
    "Dein unfertiger Check konnte nicht gelesen werden, daher beginnst du neu. Eine Kopie davon bleibt auf diesem Gerät."
);
pub const DRAFT_LOST: Text = t!(
    "Your unfinished check could not be read, so you start afresh. It stays on this device as it was, but Back Check cannot use it.",
    "Dein unfertiger Check konnte nicht gelesen werden, daher beginnst du neu. Er bleibt unverändert auf diesem Gerät, aber Back Check kann ihn nicht verwenden."
);
pub const SAVE_BLOCKED: Text = t!(
    "This browser does not let Back Check store anything, so this result cannot be kept here. Download it to keep it.",
    "Dieser Browser erlaubt Back Check nicht, etwas zu speichern. Dieses Ergebnis kann hier nicht aufbewahrt werden. Lade es herunter, um es zu behalten."
);
pub const SAVE_FULL: Text = t!(
    "The browser's storage is full, so this result could not be saved. Your earlier results are unchanged. Download this result to keep it; deleting old checks under History makes room.",
    "Der Speicher des Browsers ist voll, daher konnte dieses Ergebnis nicht gespeichert werden. Deine früheren Ergebnisse sind unverändert. Lade dieses Ergebnis herunter, um es zu behalten; Platz schaffst du, indem du alte Checks im Verlauf löschst."
);
pub const SAVE_NEWER: Text = t!(
    "Saved results on this device come from a newer version of Back Check, so this version leaves them unchanged and cannot add this one. Download it to keep it.",
    "Die gespeicherten Ergebnisse stammen von einer neueren Version von Back Check. Diese Version lässt sie unverändert und kann dieses nicht hinzufügen. Lade es herunter, um es zu behalten."
);
pub const CHANGE_BLOCKED: Text = t!(
    "That could not be changed: this browser no longer lets Back Check store anything. Nothing was lost.",
    "Das ließ sich nicht ändern: Dieser Browser erlaubt Back Check nicht mehr, etwas zu speichern. Es ist nichts verloren gegangen."
);
pub const CHANGE_FULL: Text = t!(
    "That could not be changed: the browser's storage is full. Nothing was lost. Deleting old checks makes room.",
    "Das ließ sich nicht ändern: Der Speicher des Browsers ist voll. Es ist nichts verloren gegangen. Platz schaffst du, indem du alte Checks löschst."
);
pub const CHANGE_NEWER: Text = t!(
    "That could not be changed: the saved results come from a newer version of Back Check, and this version leaves them as they are. Reload the page to get the newer version.",
    "Das ließ sich nicht ändern: Die gespeicherten Ergebnisse stammen von einer neueren Version von Back Check, und diese Version lässt sie unverändert. Lade die Seite neu, um die neuere Version zu bekommen."
);
pub const IMPORT_BAD_FILE: Text = t!(
    "That file is not a Back Check results file. Nothing was changed.",
    "Diese Datei ist keine Back-Check-Ergebnisdatei. Es wurde nichts geändert."
);
pub const IMPORT_NOT_JSON: Text = t!(
    "That file is damaged or not a JSON file. Nothing was changed.",
    "Diese Datei ist beschädigt oder keine JSON-Datei. Es wurde nichts geändert."
);
pub const IMPORT_TOO_LARGE: Text = t!(
    "That file is too large (over 2 MB) to be a Back Check file. Nothing was changed.",
    "Diese Datei ist zu groß (über 2 MB) für eine Back-Check-Datei. Es wurde nichts geändert."
);
pub const IMPORT_NEWER: Text = t!(
    "That file comes from a newer version of Back Check. Reload the page to get the newer version, then import it. Nothing was changed.",
    "Diese Datei stammt von einer neueren Version von Back Check. Lade die Seite neu, um die neuere Version zu bekommen, und importiere sie dann. Es wurde nichts geändert."
);
pub const IMPORT_UNREADABLE: Text = t!(
    "That file could not be read. Nothing was changed.",
    "Diese Datei konnte nicht gelesen werden. Es wurde nichts geändert."
);

/// "2 saved results could not be read and are left out. A copy of them is
/// kept on this device." (`None`: the whole list could not be read.)
pub fn recovered(count: Option<usize>, kept: bool, lang: Lang) -> String {
    let what = match (lang, count) {
        (Lang::En, None) => {
            "Your saved results could not be read, so the app starts without them.".to_owned()
        }
        (Lang::En, Some(1)) => "1 saved result could not be read and is left out.".to_owned(),
        (Lang::En, Some(n)) => format!("{n} saved results could not be read and are left out."),
        (Lang::De, None) => {
            "Deine gespeicherten Ergebnisse konnten nicht gelesen werden; die App startet ohne sie."
                .to_owned()
        }
        (Lang::De, Some(1)) => {
            "1 gespeichertes Ergebnis konnte nicht gelesen werden und fehlt.".to_owned()
        }
        (Lang::De, Some(n)) => {
            format!("{n} gespeicherte Ergebnisse konnten nicht gelesen werden und fehlen.")
        }
    };
    let one = count == Some(1);
    let copy = match (lang, kept, one) {
        (Lang::En, true, true) => "A copy of it is kept on this device.",
        (Lang::En, true, false) => "A copy of them is kept on this device.",
        (Lang::En, false, true) => {
            "It could not be copied (the storage is full), so it stays as it was, left out."
        }
        (Lang::En, false, false) => {
            "They could not be copied (the storage is full), so they stay as they were, left out."
        }
        (Lang::De, true, _) => "Eine Kopie davon bleibt auf diesem Gerät.",
        (Lang::De, false, true) => {
            "Es ließ sich nicht kopieren (der Speicher ist voll) und bleibt unverändert, aber ausgelassen."
        }
        (Lang::De, false, false) => {
            "Sie ließen sich nicht kopieren (der Speicher ist voll) und bleiben unverändert, aber ausgelassen."
        }
    };
    format!("{what} {copy}")
}

/// What an import did, the news first, each count in its own sentence,
/// none that is 0: "Imported 3 results. 1 result was already on this
/// device." With nothing new: "No results were imported: …".
pub fn imported(
    added: usize,
    skipped: usize,
    unreadable: usize,
    future: usize,
    lang: Lang,
) -> String {
    let mut out = Vec::new();
    out.push(match (lang, added) {
        (Lang::En, 0) => "No results were imported.".to_owned(),
        (Lang::En, 1) => "Imported 1 result.".to_owned(),
        (Lang::En, n) => format!("Imported {n} results."),
        (Lang::De, 0) => "Es wurden keine Ergebnisse importiert.".to_owned(),
        (Lang::De, 1) => "1 Ergebnis importiert.".to_owned(),
        (Lang::De, n) => format!("{n} Ergebnisse importiert."),
    });
    out.push(match (lang, skipped) {
        (_, 0) => String::new(),
        (Lang::En, 1) => "1 result was already on this device.".to_owned(),
        (Lang::En, n) => format!("{n} results were already on this device."),
        (Lang::De, 1) => "1 Ergebnis war schon auf diesem Gerät.".to_owned(),
        (Lang::De, n) => format!("{n} Ergebnisse waren schon auf diesem Gerät."),
    });
    out.push(match (lang, unreadable) {
        (_, 0) => String::new(),
        (Lang::En, 1) => "1 entry could not be read as a result and was left out.".to_owned(),
        (Lang::En, n) => format!("{n} entries could not be read as results and were left out."),
        (Lang::De, 1) => {
            "1 Eintrag ließ sich nicht als Ergebnis lesen und wurde ausgelassen.".to_owned()
        }
        (Lang::De, n) => {
            format!("{n} Einträge ließen sich nicht als Ergebnisse lesen und wurden ausgelassen.")
        }
    });
    out.push(match (lang, future) {
        (_, 0) => String::new(),
        (Lang::En, 1) => {
            "1 result dated after today was left out: that date cannot be right.".to_owned()
        }
        (Lang::En, n) => {
            format!("{n} results dated after today were left out: those dates cannot be right.")
        }
        (Lang::De, 1) => "1 Ergebnis mit einem Datum nach heute wurde ausgelassen: Dieses Datum kann nicht stimmen.".to_owned(),
        (Lang::De, n) => format!("{n} Ergebnisse mit einem Datum nach heute wurden ausgelassen: Diese Daten können nicht stimmen."),
    });
    if (added, skipped, unreadable, future) == (0, 0, 0, 0) {
        out.push(NO_RESULTS_IN_FILE.get(lang).to_owned());
    }
    out.retain(|s| !s.is_empty());
    out.join(" ")
}

pub const NO_RESULTS_IN_FILE: Text = t!(
    "The file holds no results.",
    "Die Datei enthält keine Ergebnisse."
);

/// "Delete all 4 saved checks on this device?" (one: "Delete the saved
/// check on this device?")
pub fn delete_all_question(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::En, 0) => "Delete the copy of data that could not be read?".to_owned(),
        (Lang::De, 0) => {
            "Die Kopie der Daten löschen, die nicht gelesen werden konnten?".to_owned()
        }
        (Lang::En, 1) => "Delete the saved check on this device?".to_owned(),
        (Lang::En, n) => format!("Delete all {n} saved checks on this device?"),
        (Lang::De, 1) => "Den gespeicherten Check auf diesem Gerät löschen?".to_owned(),
        (Lang::De, n) => format!("Alle {n} gespeicherten Checks auf diesem Gerät löschen?"),
    }
}

pub const DELETE_ALL_COPY: Text = t!(
    "The copy of data that could not be read is deleted too. Download it first if you want to keep it.",
    "Die Kopie der Daten, die nicht gelesen werden konnten, wird mitgelöscht. Lade sie vorher herunter, wenn du sie behalten möchtest."
);

/// "Delete the check of 3 March 2026?"
pub fn delete_one_question(date: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Delete the check of {date}?"),
        Lang::De => format!("Den Check vom {date} löschen?"),
    }
}

/// "The latest 50 of 2045 saved checks are shown."
pub fn latest_of(shown: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("The latest {shown} of {total} saved checks are shown."),
        Lang::De => format!("Die letzten {shown} von {total} gespeicherten Checks werden gezeigt."),
    }
}

/// "Show 50 more" / "Show 1 more".
pub fn show_more(n: usize, lang: Lang) -> String {
    match (lang, n) {
        (Lang::En, 1) => "Show 1 more".to_owned(),
        (Lang::En, n) => format!("Show {n} more"),
        (Lang::De, 1) => "1 weiteren zeigen".to_owned(),
        (Lang::De, n) => format!("{n} weitere zeigen"),
    }
}
