// The cross-engine tests' probe, loaded before the app by the test server
// (server.mjs). It records every page error, unhandled rejection, console
// error, failed resource and CSP violation (WebKitWebDriver has no console
// log), counts calls to the device APIs the stopwatch uses, and keeps a clock
// that a test can stop and move on by hand. Until then, time runs as usual.
(() => {
  const errors = [];
  const record = (kind, text) => errors.push(`${kind}: ${text}`);
  const describe = (v) => (v && v.stack ? `${v.message}\n${v.stack}` : String(v));

  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    record('console.error', args.map(describe).join(' '));
    consoleError(...args);
  };
  addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) record('failed to load', t.src || t.href);
    else record('page error', `${e.message} at ${e.filename}:${e.lineno}`);
  }, true);
  addEventListener('unhandledrejection', (e) => record('unhandled rejection', describe(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => record('CSP violation', `${e.violatedDirective} ${e.blockedURI}`));

  // Device APIs: each call counted, then passed on to the engine's own (if it has one).
  const calls = { beep: 0, vibrate: 0, wakeLock: 0, granted: 0, refused: 0, release: 0 };
  const Audio = window.AudioContext;
  if (Audio) {
    const create = Audio.prototype.createOscillator;
    Audio.prototype.createOscillator = function (...a) { calls.beep++; return create.apply(this, a); };
  }
  if (typeof Navigator.prototype.vibrate === 'function') {
    const vibrate = Navigator.prototype.vibrate;
    Navigator.prototype.vibrate = function (...a) { calls.vibrate++; return vibrate.apply(this, a); };
  }
  // On the prototypes: WebKit may drop a property set on navigator.wakeLock
  // itself when it collects and re-creates that object's wrapper.
  if (window.WakeLock && window.WakeLockSentinel) {
    const request = WakeLock.prototype.request;
    WakeLock.prototype.request = function (...a) {
      calls.wakeLock++;
      return request.apply(this, a).then(
        (sentinel) => { calls.granted++; return sentinel; },
        (e) => { calls.refused++; throw e; },
      );
    };
    const release = WakeLockSentinel.prototype.release;
    WakeLockSentinel.prototype.release = function (...a) { calls.release++; return release.apply(this, a); };
  }

  // The clock: Date, performance.now and timers. stop() freezes time; tick(ms)
  // moves it on, running each due timer in order at its own time.
  const real = {
    Date, now: Date.now.bind(Date), perf: performance.now.bind(performance),
    setTimeout: setTimeout.bind(window),
    clearTimeout: clearTimeout.bind(window),
    setInterval: setInterval.bind(window),
    clearInterval: clearInterval.bind(window),
  };
  let frozenAt = null; // virtual epoch ms while stopped
  let perfOffset = 0; // epoch ms minus performance.now() when stopped
  const timers = new Map();
  let nextId = 1e9;
  const virtualNow = () => (frozenAt === null ? real.now() : frozenAt);

  function FakeDate(...a) {
    if (!new.target) return new real.Date(virtualNow()).toString();
    return a.length === 0 ? new real.Date(virtualNow()) : new real.Date(...a);
  }
  FakeDate.prototype = real.Date.prototype;
  Object.assign(FakeDate, { now: virtualNow, parse: real.Date.parse, UTC: real.Date.UTC });
  window.Date = FakeDate;
  performance.now = () => (frozenAt === null ? real.perf() : frozenAt - perfOffset);

  const schedule = (fn, ms, args, repeat) => {
    const id = nextId++;
    const delay = Math.max(0, Number(ms) || 0);
    timers.set(id, { at: frozenAt + delay, fn, args, every: repeat ? Math.max(1, delay) : 0 });
    return id;
  };
  window.setTimeout = (fn, ms, ...args) => (frozenAt === null ? real.setTimeout(fn, ms, ...args) : schedule(fn, ms, args, false));
  window.setInterval = (fn, ms, ...args) => (frozenAt === null ? real.setInterval(fn, ms, ...args) : schedule(fn, ms, args, true));
  window.clearTimeout = (id) => (timers.delete(id) || real.clearTimeout(id));
  window.clearInterval = (id) => (timers.delete(id) || real.clearInterval(id));

  // A new task without a timer (timers are what this clock holds back).
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()();
  const nextTask = () => new Promise((done) => { waiting.push(done); channel.port2.postMessage(0); });

  const clock = {
    /** Stops time now; later timers wait for tick(). */
    stop() {
      if (frozenAt === null) {
        frozenAt = real.now();
        perfOffset = frozenAt - real.perf();
      }
      return frozenAt;
    },
    /**
     * Moves time on by `ms`, running due timers in order, each at its own
     * time and in its own task (so the app renders in between, as it would);
     * resolves to how many ran.
     */
    async tick(ms) {
      if (frozenAt === null) throw new Error('clock not stopped');
      const until = frozenAt + ms;
      let ran = 0;
      for (;;) {
        let next = null;
        for (const [id, t] of timers) if (t.at <= until && (!next || t.at < next[1].at)) next = [id, t];
        if (!next) break;
        const [id, t] = next;
        frozenAt = t.at;
        if (t.every) t.at += t.every;
        else timers.delete(id);
        ran++;
        if (typeof t.fn === 'function') t.fn(...t.args);
        await nextTask();
      }
      frozenAt = until;
      await nextTask();
      return ran;
    },
    pending: () => timers.size,
  };

  // Repaints that change no pixel, on real timers, while WebKitWebDriver takes
  // a screenshot: it waits for the page's next paint, which a still page
  // (or one whose clock is stopped) never makes.
  let painting = null;
  const repaint = (on) => {
    const style = document.documentElement.style;
    if (on && !painting) {
      let n = 0;
      painting = real.setInterval(() => { style.outline = `1px solid rgba(0, 0, ${n++ % 2}, 0)`; }, 50);
    } else if (!on && painting) {
      real.clearInterval(painting);
      painting = null;
      style.removeProperty('outline');
    }
  };

  window.__engines = { errors, calls, clock, repaint, takeErrors: () => errors.splice(0) };
})();
