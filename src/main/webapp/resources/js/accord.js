/* Accord page behaviour. Loaded from the app itself; no inline script is needed (C7). */
(function () {
  "use strict";

  var contextPath = (function () {
    var script = document.querySelector("script[src*='accord.js']");
    var src = script ? script.getAttribute("src") : "";
    var at = src.indexOf("/jakarta.faces.resource/");
    return at > 0 ? src.substring(0, at) : "";
  })();

  function debounce(fn, ms) {
    var timer;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function emailFor(input) {
    var fieldId = input.getAttribute("data-email-field");
    if (fieldId) {
      var field = document.getElementById(fieldId);
      return field ? field.value : "";
    }
    return input.getAttribute("data-email") || "";
  }

  function showVerdict(feedback, verdict) {
    var meter = feedback.querySelector("meter");
    var text = feedback.querySelector(".meter-text");
    var reasons = feedback.querySelector(".reasons");
    var levels = text.getAttribute("data-levels").split("|");
    meter.value = verdict.score;
    text.textContent = levels[verdict.score] || "";
    reasons.textContent = "";
    (verdict.messages || []).forEach(function (message) {
      var li = document.createElement("li");
      li.textContent = message;
      reasons.appendChild(li);
    });
    feedback.classList.toggle("acceptable", verdict.acceptable);
  }

  function checkPassword(input, feedback) {
    if (!input.value) {
      showVerdict(feedback, { score: 0, messages: [], acceptable: false });
      return;
    }
    fetch(contextPath + "/api/v1/passwords/check", {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "Accept-Language": document.documentElement.lang || "en"
      },
      body: JSON.stringify({ password: input.value, email: emailFor(input) })
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (verdict) { if (verdict) { showVerdict(feedback, verdict); } })
      .catch(function () { /* Feedback is a convenience; the server checks again on submit. */ });
  }

  document.querySelectorAll("input[data-password-check]").forEach(function (input) {
    var feedback = input.closest(".password-field").querySelector(".password-feedback");
    if (!feedback) { return; }
    input.addEventListener("input", debounce(function () { checkPassword(input, feedback); }, 250));
  });

  document.querySelectorAll("button[data-toggle-password]").forEach(function (button) {
    var input = button.parentNode.querySelector("input");
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      button.textContent = button.getAttribute(show ? "data-hide" : "data-show");
      button.setAttribute("aria-pressed", String(show));
    });
  });
  // Background work with a progress bar (ledger verification, mail campaigns): while the
  // section says it is running, poll its status URL, move the bar, reload when it is done.
  document.querySelectorAll("[data-status-url][data-running='true']").forEach(function (section) {
    var doneField = section.getAttribute("data-done-field") || "checked";
    var poll = setInterval(function () {
      fetch(section.getAttribute("data-status-url"), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (status) {
          if (!status) { return; }
          var progress = section.querySelector("progress");
          if (progress) {
            progress.max = Math.max(status.total, 1);
            progress.value = status[doneField];
          }
          var count = section.querySelector(".progress-count");
          if (count) { count.textContent = status[doneField] + " / " + status.total; }
          if (!status.running) {
            clearInterval(poll);
            window.location.reload();
          }
        })
        .catch(function () { /* The page shows the state on the next load anyway. */ });
    }, 1000);
  });

  function preview(textarea, target) {
    fetch(contextPath + "/api/v1/admin/policies/preview", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "text/plain; charset=UTF-8" },
      body: textarea.value
    })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html !== null) {
          // Sanitised by the server exactly as the public page will be.
          target.innerHTML = html;
          target.setAttribute("data-previewed", String(Date.now()));
        }
      })
      .catch(function () { /* Saving the draft renders the preview on the server too. */ });
  }

  document.querySelectorAll("textarea[data-preview]").forEach(function (textarea) {
    var target = document.getElementById(textarea.getAttribute("data-preview"));
    if (target) {
      textarea.addEventListener("input", debounce(function () { preview(textarea, target); }, 300));
    }
  });

  // The person's own time zone decides their age on the day (C5).
  var zone = document.getElementById("signup:timeZone");
  if (zone && !zone.value && window.Intl) {
    zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  }

  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  // Interactive images (C6): tag markers at their percent positions over the image.
  document.querySelectorAll(".media-stage [data-x][data-y]").forEach(function (marker) {
    marker.style.left = marker.getAttribute("data-x") + "%";
    marker.style.top = marker.getAttribute("data-y") + "%";
  });

  // Editing: a click on the image fills in the new tag's position.
  document.querySelectorAll(".media-stage[data-pick-x]").forEach(function (stage) {
    var image = stage.querySelector("img");
    var x = document.getElementById(stage.getAttribute("data-pick-x"));
    var y = document.getElementById(stage.getAttribute("data-pick-y"));
    if (!image || !x || !y) { return; }
    image.addEventListener("click", function (event) {
      var box = image.getBoundingClientRect();
      x.value = (100 * (event.clientX - box.left) / box.width).toFixed(2);
      y.value = (100 * (event.clientY - box.top) / box.height).toFixed(2);
      var label = document.getElementById("tag:label");
      if (label) { label.focus(); }
    });
  });

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    button.addEventListener("click", function () {
      source.select();
      if (navigator.clipboard) {
        navigator.clipboard.writeText(source.value).catch(function () { /* selected anyway */ });
      }
    });
  });

  // Rejecting (or withdrawing) on the consent screen removes loaded embeds at once, before the
  // page comes back from the server without them.
  document.querySelectorAll("form[data-consent-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var submitter = event.submitter;
      if (submitter && submitter.value === "reject") {
        document.querySelectorAll(".embed-frame").forEach(function (frame) {
          frame.parentNode.removeChild(frame);
        });
      }
    });
  });
})();
