//! Starting a tab: the repair runs once, then everything is read.
use super::backend::{Backend, Listed};
use super::envelope::{decode, Read};
use super::keys::DRAFT_KEY;
use super::records::Draft;
use super::repair::{repair, set_aside, Recovered};
use super::store::{read_drafts, read_kept, read_lang, write, Saved};
use crate::assessment::text::Lang;

/// What a tab finds at start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Started {
    pub saved: Saved,
    pub lang: Option<Lang>,
    /// This tab's questionnaire in progress.
    pub draft: Option<Draft>,
    /// Saved checks set aside now (said once, now).
    pub recovered: Option<Recovered>,
    /// This tab's draft could not be read: set aside now (`true`: a copy
    /// is kept), and the tab starts afresh.
    pub draft_recovered: Option<bool>,
}

/// Starts a tab: repairs once, then reads. The only writes are the repair's
/// and taking over the draft an older app shared between tabs.
pub fn start<B: Backend>(b: &B, own_draft: &str) -> Started {
    let b = &Listed::new(b);
    let (recovered, checks) = repair(b);
    let (draft, draft_recovered) = own_draft_at_start(b, own_draft);
    Started {
        saved: Saved {
            checks,
            drafts: read_drafts(b, own_draft),
            kept: read_kept(b),
        },
        lang: read_lang(b),
        draft,
        recovered,
        draft_recovered,
    }
}

/// This tab's draft; else the one draft an older app shared between tabs,
/// taken over under this tab's key. An unreadable one is set aside.
fn own_draft_at_start<B: Backend>(b: &B, own: &str) -> (Option<Draft>, Option<bool>) {
    for key in [own, DRAFT_KEY] {
        let Ok(raw) = b.get_text(key) else {
            return (None, None);
        };
        match decode::<Draft>(raw.as_deref()) {
            Read::Found(d) => {
                if key != own && write(b, own, &d).is_ok() {
                    let _ = b.remove(key);
                }
                return (Some(d), None);
            }
            Read::Unreadable => return (None, Some(set_aside(b, key, key).is_ok())),
            Read::Missing | Read::Newer { .. } => {}
        }
    }
    (None, None)
}
