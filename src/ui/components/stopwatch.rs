//! The stopwatch's state: phase, side, digits and times, changed only by
//! steps that carry the time they happen at, so it is tested natively with
//! any clock. What it does to the device follows from its last [`ClockEvent`].
use std::rc::Rc;
use yew::Reducible;

/// Seconds of "3, 2, 1" before the clock starts.
pub const COUNTDOWN: u16 = 3;
/// How often the digits are brought up to date, in ms.
pub const TICK_MS: u32 = 100;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Phase {
    Ready,
    /// "3, 2, 1": the clock starts at this time (ms).
    Countdown(f64),
    /// Timing since this time (ms).
    Running(f64),
    /// Every side is done.
    Done,
}

/// What the last step did, for the signals and the screen reader.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ClockEvent {
    /// The countdown is over: timing runs for this side.
    Go(usize),
    /// This side stopped at these seconds; `reached`: at the target.
    Stopped {
        side: usize,
        secs: u16,
        reached: bool,
    },
}

/// What the stopwatch shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Clock {
    pub phase: Phase,
    pub target: u16,
    /// The side being timed (an index into the sides).
    pub side: usize,
    /// The big digits: seconds counted down, or seconds timed.
    pub shown: u16,
    /// Each side's time, once stopped.
    pub times: Vec<Option<u16>>,
    /// The last event and how many there were: each is acted on once.
    pub event: Option<(u32, ClockEvent)>,
}

/// A step of the stopwatch, with the time (ms) it happens at.
#[derive(Clone, Copy, Debug)]
pub enum Step {
    /// Start (or start over): the countdown begins.
    Start(f64),
    /// The interval's tick.
    Tick(f64),
    /// The Stop button.
    Stop(f64),
}

impl Clock {
    pub fn new(sides: usize, target: u16) -> Clock {
        Clock {
            phase: Phase::Ready,
            target,
            side: 0,
            shown: 0,
            times: vec![None; sides],
            event: None,
        }
    }

    fn record(&mut self, event: ClockEvent) {
        let n = self.event.map_or(1, |(n, _)| n + 1);
        self.event = Some((n, event));
    }

    fn stop_at(&mut self, secs: u16, reached: bool) {
        let side = self.side;
        if let Some(slot) = self.times.get_mut(side) {
            *slot = Some(secs);
        }
        self.shown = secs;
        self.record(ClockEvent::Stopped {
            side,
            secs,
            reached,
        });
        if side + 1 < self.times.len() {
            self.side += 1;
            self.phase = Phase::Ready;
        } else {
            self.phase = Phase::Done;
        }
    }
}

impl Reducible for Clock {
    type Action = Step;

    /// A tick that changes nothing returns the same state: nothing renders.
    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        let mut c = (*self).clone();
        match (step, c.phase) {
            (Step::Start(now), phase) => {
                if phase == Phase::Done {
                    c.side = 0;
                    c.times.iter_mut().for_each(|t| *t = None);
                }
                c.shown = COUNTDOWN;
                c.phase = Phase::Countdown(now + f64::from(COUNTDOWN) * 1000.0);
            }
            (Step::Tick(now), Phase::Countdown(start)) if now >= start => {
                c.phase = Phase::Running(start);
                c.shown = 0;
                c.record(ClockEvent::Go(c.side));
            }
            (Step::Tick(now), Phase::Countdown(start)) => {
                c.shown = ((start - now) / 1000.0).ceil() as u16;
            }
            (Step::Tick(now), Phase::Running(t0)) => {
                let secs = ((now - t0) / 1000.0) as u16;
                if secs >= c.target {
                    c.stop_at(c.target, true);
                } else {
                    c.shown = secs;
                }
            }
            (Step::Stop(now), Phase::Running(t0)) => {
                let secs = (((now - t0) / 1000.0) as u16).min(c.target);
                c.stop_at(secs, false);
            }
            (Step::Stop(_), Phase::Countdown(_)) => c.phase = Phase::Ready,
            (Step::Tick(_) | Step::Stop(_), _) => {}
        }
        if c == *self {
            self
        } else {
            Rc::new(c)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(c: Rc<Clock>, steps: &[Step]) -> Rc<Clock> {
        steps.iter().fold(c, |c, &s| c.reduce(s))
    }

    fn two_sides() -> Rc<Clock> {
        Rc::new(Clock::new(2, 60))
    }

    #[test]
    fn a_tick_that_changes_nothing_keeps_the_state_so_nothing_renders() {
        let c = two_sides().reduce(Step::Start(0.0));
        assert_eq!((c.phase, c.shown), (Phase::Countdown(3000.0), COUNTDOWN));
        let same = c.clone().reduce(Step::Tick(100.0));
        assert!(Rc::ptr_eq(&c, &same), "still 3");
        assert_eq!(c.reduce(Step::Tick(1500.0)).shown, 2);
    }

    #[test]
    fn the_countdown_ends_at_three_seconds_and_timing_counts_whole_seconds() {
        let c = run(two_sides(), &[Step::Start(1000.0), Step::Tick(3999.0)]);
        assert_eq!(c.phase, Phase::Countdown(4000.0));
        assert_eq!(c.shown, 1);
        let c = c.reduce(Step::Tick(4000.0));
        assert_eq!((c.phase, c.shown), (Phase::Running(4000.0), 0));
        assert_eq!(c.event, Some((1, ClockEvent::Go(0))));
        // However late the ticks come, the seconds count from the start.
        let c = run(c, &[Step::Tick(7999.0), Step::Tick(8000.0)]);
        assert_eq!(c.shown, 4);
        let c = c.reduce(Step::Stop(8999.0));
        assert_eq!(c.times, [Some(4), None]);
        assert_eq!(
            c.event,
            Some((
                2,
                ClockEvent::Stopped {
                    side: 0,
                    secs: 4,
                    reached: false
                }
            ))
        );
    }

    #[test]
    fn each_side_is_timed_in_turn_up_to_the_target_and_starting_over_clears_the_times() {
        let c = run(
            two_sides(),
            &[Step::Start(0.0), Step::Tick(3000.0), Step::Stop(7500.0)],
        );
        assert_eq!((c.phase, c.side, c.shown), (Phase::Ready, 1, 4));
        let c = run(
            c,
            &[
                Step::Start(10_000.0),
                Step::Tick(13_000.0),
                Step::Tick(80_000.0),
            ],
        );
        assert_eq!(c.phase, Phase::Done);
        assert_eq!(c.times, [Some(4), Some(60)]);
        assert!(matches!(
            c.event,
            Some((
                _,
                ClockEvent::Stopped {
                    side: 1,
                    secs: 60,
                    reached: true
                }
            ))
        ));
        let c = c.reduce(Step::Start(90_000.0));
        assert_eq!((c.side, c.times.clone()), (0, vec![None, None]));
    }

    #[test]
    fn stop_during_the_countdown_cancels_it_and_records_nothing() {
        let c = run(two_sides(), &[Step::Start(0.0), Step::Stop(1000.0)]);
        assert_eq!(c.phase, Phase::Ready);
        assert_eq!((c.times.clone(), c.event), (vec![None, None], None));
        let idle = two_sides();
        assert!(Rc::ptr_eq(&idle, &idle.clone().reduce(Step::Tick(5.0))));
    }
}
