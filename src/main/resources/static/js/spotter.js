// Spotter's small amount of browser code: CSRF for htmx requests, copy buttons, closing panels, confirming
// forms and printing.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

document.addEventListener("click", async (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) {
    return;
  }
  const source = document.getElementById(button.dataset.copy);
  if (!source) {
    return;
  }
  try {
    await navigator.clipboard.writeText(source.textContent.trim());
    const label = button.textContent;
    button.textContent = "Copied";
    setTimeout(() => { button.textContent = label; }, 1600);
  } catch (e) {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
});

// Close buttons of panels htmx loaded into a container: data-dismiss names the container to empty.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-dismiss]");
  if (!button) {
    return;
  }
  const panel = document.getElementById(button.dataset.dismiss);
  if (panel) {
    panel.replaceChildren();
  }
});

// Forms that undo something ask first: data-confirm holds the question.
document.addEventListener("submit", (event) => {
  const question = event.target.dataset ? event.target.dataset.confirm : null;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// The print page's Print button.
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});

// The Today screen. Each set form is sent in the background with the set id the page gave it. Until the server
// has it, the set waits in localStorage and is sent again when the phone is back online; the set id means a set
// the server already has is not stored twice. After a set, a rest timer counts down the prescription's rest.
const OUTBOX = "spotter.unsentSets";

function unsentSets() {
  try {
    return JSON.parse(localStorage.getItem(OUTBOX)) || [];
  } catch (e) {
    return [];
  }
}

function keepUnsent(sets) {
  try {
    localStorage.setItem(OUTBOX, JSON.stringify(sets));
  } catch (e) {
    // Storage full or disabled: the set is still sent now, only not kept for later.
  }
  showOutbox(sets.length);
}

function showOutbox(count) {
  const outbox = document.querySelector("[data-outbox]");
  if (!outbox) {
    return;
  }
  outbox.hidden = count === 0;
  outbox.textContent = count === 1
    ? "1 set is saved on this phone and will be sent when you are back online."
    : count + " sets are saved on this phone and will be sent when you are back online.";
}

function currentCsrf() {
  const token = document.querySelector('meta[name="_csrf"]');
  return token ? token.content : null;
}

function formFor(setId) {
  const input = document.querySelector('form[data-set-form] input[name="setId"][value="' + setId + '"]');
  return input ? input.form : null;
}

function markSet(setId, sent, message) {
  const form = formFor(setId);
  if (!form) {
    return;
  }
  const error = form.querySelector("[data-set-error]");
  const button = form.querySelector("button[type=submit]");
  button.dataset.label = button.dataset.label || button.textContent;
  if (message) {
    form.classList.remove("is-sent");
    form.querySelectorAll("input, button").forEach((field) => { field.disabled = false; });
    if (error) {
      error.textContent = message;
      error.hidden = false;
    }
    button.textContent = button.dataset.label;
    return;
  }
  if (error) {
    error.hidden = true;
  }
  form.classList.add("is-sent");
  form.querySelectorAll("input:not([type=hidden]), button").forEach((field) => { field.disabled = true; });
  button.textContent = sent ? "✓ Logged" : "Saved";
}

let flushing = null;

async function sendUnsent() {
  if (flushing) {
    return flushing;
  }
  flushing = (async () => {
    for (const set of unsentSets()) {
      const fields = new URLSearchParams(set.fields);
      const csrf = currentCsrf();
      if (csrf) {
        fields.set("_csrf", csrf);
      }
      let response;
      try {
        response = await fetch(set.action, {
          method: "POST",
          body: fields,
          credentials: "same-origin",
          headers: { "X-Spotter-Background": "true" },
          redirect: "manual"
        });
      } catch (e) {
        break; // Offline: keep everything for the next try.
      }
      if (response.ok || response.status === 400 || response.status === 404 || response.status === 409) {
        let message = null;
        if (!response.ok) {
          try {
            message = (await response.json()).message;
          } catch (e) {
            message = "This set could not be logged.";
          }
        }
        keepUnsent(unsentSets().filter((other) => other.setId !== set.setId));
        markSet(set.setId, true, message);
      } else {
        break; // Signed out or a server fault: try again later rather than lose the set.
      }
    }
  })();
  try {
    await flushing;
  } finally {
    flushing = null;
  }
}

let restInterval = null;

function startRest(seconds) {
  const timer = document.querySelector("[data-rest-timer]");
  if (!timer || !(seconds > 0)) {
    return;
  }
  const time = timer.querySelector("[data-rest-time]");
  const ends = Date.now() + seconds * 1000;
  clearInterval(restInterval);
  timer.hidden = false;
  timer.classList.remove("is-over");
  const tick = () => {
    const left = Math.max(0, Math.round((ends - Date.now()) / 1000));
    time.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
    if (left === 0) {
      clearInterval(restInterval);
      timer.classList.add("is-over");
      time.textContent = "Go";
      if (navigator.vibrate) {
        navigator.vibrate(200);
      }
      setTimeout(() => { timer.hidden = true; }, 5000);
    }
  };
  tick();
  restInterval = setInterval(tick, 250);
}

document.addEventListener("click", (event) => {
  if (event.target.closest("[data-rest-skip]")) {
    clearInterval(restInterval);
    document.querySelector("[data-rest-timer]").hidden = true;
  }
});

document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-set-form]");
  if (!form || !window.fetch) {
    return;
  }
  event.preventDefault();
  const fields = Object.fromEntries(new FormData(form));
  const setId = fields.setId;
  if (!unsentSets().some((set) => set.setId === setId)) {
    keepUnsent(unsentSets().concat([{ setId: setId, action: form.action, fields: fields }]));
  }
  markSet(setId, false, null);
  startRest(Number(form.dataset.rest));
  sendUnsent();
});

// Finishing waits for the sets still on the phone, so that the coach sees the whole session.
document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form[data-finish-form]");
  if (!form || unsentSets().length === 0 || form.dataset.sending) {
    return;
  }
  event.preventDefault();
  await sendUnsent();
  const error = form.querySelector("[data-finish-error]");
  if (unsentSets().length > 0) {
    error.textContent = "Some sets are still on this phone. Finish when you are back online, so your coach sees them.";
    error.hidden = false;
    return;
  }
  form.dataset.sending = "true";
  form.requestSubmit();
});

window.addEventListener("online", sendUnsent);
document.addEventListener("DOMContentLoaded", () => {
  const sets = unsentSets();
  showOutbox(sets.length);
  sets.forEach((set) => markSet(set.setId, false, null));
  if (sets.length > 0) {
    // Sets kept from an earlier visit were sent now: show the session as the server has it.
    sendUnsent().then(() => {
      if (unsentSets().length < sets.length) {
        window.location.reload();
      }
    });
  }
});

// The interval timer runs work and rest phases for a number of rounds, from the prescription (30 s work, 60 s
// rest, 8 rounds). It keeps time from the clock, not from ticks, so a busy phone does not stretch a phase.
const intervals = { timer: null, phases: [], index: 0, ends: 0, left: 0, paused: false };

function beep(high) {
  try {
    const AudioContext = window.AudioContext || window.webkitAudioContext;
    if (!AudioContext) {
      return;
    }
    intervals.audio = intervals.audio || new AudioContext();
    const oscillator = intervals.audio.createOscillator();
    const gain = intervals.audio.createGain();
    oscillator.frequency.value = high ? 880 : 440;
    gain.gain.value = 0.15;
    oscillator.connect(gain).connect(intervals.audio.destination);
    oscillator.start();
    oscillator.stop(intervals.audio.currentTime + 0.25);
  } catch (ignored) {
    // Sound is a courtesy: the phase on screen and the vibration still change.
  }
  if (navigator.vibrate) {
    navigator.vibrate(high ? [150, 80, 150] : 300);
  }
}

function showPhase() {
  const box = document.querySelector("[data-interval-timer]");
  const phase = intervals.phases[intervals.index];
  box.classList.toggle("is-rest", phase.kind === "Rest");
  box.querySelector("[data-interval-phase]").textContent = phase.kind;
  box.querySelector("[data-interval-round]").textContent = "Round " + phase.round + " of " + intervals.rounds;
}

function tickInterval() {
  const box = document.querySelector("[data-interval-timer]");
  const left = Math.max(0, Math.ceil((intervals.ends - Date.now()) / 1000));
  box.querySelector("[data-interval-time]").textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
  if (left > 0) {
    return;
  }
  intervals.index += 1;
  if (intervals.index >= intervals.phases.length) {
    clearInterval(intervals.timer);
    box.querySelector("[data-interval-phase]").textContent = "Done";
    box.querySelector("[data-interval-time]").textContent = "0:00";
    box.classList.remove("is-rest");
    beep(true);
    return;
  }
  const phase = intervals.phases[intervals.index];
  intervals.ends = Date.now() + phase.seconds * 1000;
  beep(phase.kind === "Work");
  showPhase();
}

function startIntervals(button) {
  const work = Number(button.dataset.work);
  const rest = Number(button.dataset.rest);
  const rounds = Number(button.dataset.rounds);
  if (!(work > 0) || !(rounds > 0)) {
    return;
  }
  intervals.phases = [];
  for (let round = 1; round <= rounds; round++) {
    intervals.phases.push({ kind: "Work", seconds: work, round: round });
    if (rest > 0 && round < rounds) {
      intervals.phases.push({ kind: "Rest", seconds: rest, round: round });
    }
  }
  intervals.rounds = rounds;
  intervals.index = 0;
  intervals.paused = false;
  intervals.ends = Date.now() + work * 1000;
  const box = document.querySelector("[data-interval-timer]");
  box.querySelector("[data-interval-name]").textContent = button.dataset.name || "Intervals";
  box.querySelector("[data-interval-pause]").textContent = "Pause";
  box.hidden = false;
  showPhase();
  beep(true);
  clearInterval(intervals.timer);
  tickInterval();
  intervals.timer = setInterval(tickInterval, 200);
}

document.addEventListener("click", (event) => {
  const start = event.target.closest("[data-interval]");
  if (start) {
    startIntervals(start);
    return;
  }
  const box = document.querySelector("[data-interval-timer]");
  if (event.target.closest("[data-interval-stop]")) {
    clearInterval(intervals.timer);
    box.hidden = true;
  } else if (event.target.closest("[data-interval-pause]")) {
    const button = event.target.closest("[data-interval-pause]");
    if (intervals.paused) {
      intervals.ends = Date.now() + intervals.left;
      intervals.timer = setInterval(tickInterval, 200);
      button.textContent = "Pause";
    } else {
      intervals.left = Math.max(0, intervals.ends - Date.now());
      clearInterval(intervals.timer);
      button.textContent = "Resume";
    }
    intervals.paused = !intervals.paused;
  }
});
