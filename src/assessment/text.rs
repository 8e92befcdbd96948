//! Languages and translated text.
//!
//! Every user-facing string is a [`Text`], written as `t!("English",
//! "Deutsch")`: leaving a translation out does not compile. Texts built at run
//! time go through functions that `match` on [`Lang`], so a new language is a
//! compile error until every such function handles it.
/// Stored by its [`code`](Lang::code).
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(into = "&'static str", try_from = "String")]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// BCP 47 code, as used in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }

    /// Picks a language from a browser language tag such as `de-AT`; English otherwise.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if primary == "de" {
            Lang::De
        } else {
            Lang::En
        }
    }
}

impl From<Lang> for &'static str {
    fn from(lang: Lang) -> &'static str {
        lang.code()
    }
}

/// Read back from its [`code`](Lang::code) (serde's `try_from`).
impl TryFrom<String> for Lang {
    type Error = &'static str;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        Lang::from_code(&code).ok_or("unknown language")
    }
}

/// A piece of text in every language the app speaks: one column per
/// language, written with [`t!`]. Adding a language adds a field, and every
/// `t!` without it stops compiling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub de: &'static str,
}

impl Text {
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::De => self.de,
        }
    }

    pub const fn en(self) -> &'static str {
        self.en
    }

    pub const fn de(self) -> &'static str {
        self.de
    }
}

/// `t!("English", "Deutsch")`: a [`Text`] literal. Leaving a language out
/// does not compile.
#[macro_export]
macro_rules! t {
    ($en:literal, $de:literal $(,)?) => {
        $crate::assessment::text::Text { en: $en, de: $de }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_gives_each_language_its_own_part() {
        const T: Text = t!("Rest first", "Erst schonen");
        assert_eq!(T.get(Lang::En), "Rest first");
        assert_eq!(T.get(Lang::De), "Erst schonen");
    }

    #[test]
    fn language_tags_pick_german_only_for_german() {
        assert_eq!(Lang::from_tag("de-AT"), Lang::De);
        assert_eq!(Lang::from_tag("DE"), Lang::De);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("fr"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn text_picks_the_language() {
        let x = t!("yes", "ja");
        assert_eq!(x.get(Lang::En), "yes");
        assert_eq!(x.get(Lang::De), "ja");
    }
}
