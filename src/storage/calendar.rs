//! The "Remind me" calendar file: an all-day event on the re-check date.
use crate::assessment::date::Date;
use crate::assessment::text::Lang;

/// `url` opens the re-check (the app's address with `#/recheck`).
pub fn reminder_ics(date: Date, id: &str, lang: Lang, url: &str) -> String {
    let (y, m, d) = date.ymd();
    let next = date.add_days(1).ymd();
    let (summary, description) = match lang {
        Lang::En => (
            "Back Check: re-check your back",
            "Does your lower back still hurt? Pain for more than 10 days should be seen by a doctor. Open Back Check to check again.",
        ),
        Lang::De => (
            "Back Check: Rücken erneut prüfen",
            "Tut dein unterer Rücken noch weh? Schmerzen über mehr als 10 Tage sollten ärztlich untersucht werden. Öffne Back Check und prüfe erneut.",
        ),
    };
    let id: String = id.chars().filter(char::is_ascii_alphanumeric).collect();
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Back Check//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        &format!("UID:{id}-recheck@backcheck"),
        &format!("DTSTAMP:{y:04}{m:02}{d:02}T000000Z"),
        &format!("DTSTART;VALUE=DATE:{y:04}{m:02}{d:02}"),
        &format!("DTEND;VALUE=DATE:{:04}{:02}{:02}", next.0, next.1, next.2),
        &format!("SUMMARY:{summary}"),
        &format!("DESCRIPTION:{} {url}", description.replace(',', "\\,")),
        &format!("URL:{url}"),
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    .join("\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reminder_is_an_all_day_event_on_the_recheck_date() {
        let ics = reminder_ics(
            Date::from_ymd(2026, 12, 31).unwrap(),
            "17/9x",
            Lang::De,
            "https://example.org/backcheck/#/recheck",
        );
        assert!(ics.contains("URL:https://example.org/backcheck/#/recheck\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261231\r\n"));
        assert!(ics.contains("DTEND;VALUE=DATE:20270101\r\n"));
        assert!(ics.contains("UID:179x-recheck@backcheck\r\n"));
        assert!(ics.contains("SUMMARY:Back Check: Rücken erneut prüfen\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }
}
