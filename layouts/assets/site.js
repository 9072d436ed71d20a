// Progressive enhancement of every page (the page is complete without it): the theme toggle, the Web
// Share button, and the comments provider, loaded only when the reader clicks "Show comments".
/* global document, localStorage, navigator, window */
(function () {
  "use strict";
  var root = document.documentElement;

  function systemDark() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }
  function isDark() {
    var t = root.getAttribute("data-theme");
    return t ? t === "dark" : systemDark();
  }
  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    var sync = function () {
      toggle.setAttribute("aria-pressed", isDark() ? "true" : "false");
    };
    sync();
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        localStorage.setItem("theme", next);
      } catch {
        /* private mode: the choice lasts for this page */
      }
      sync();
    });
  }

  var share = document.querySelector(".share-native");
  if (share && navigator.share) {
    share.addEventListener("click", function () {
      navigator
        .share({
          title: share.getAttribute("data-share-title"),
          url: share.getAttribute("data-share-url"),
        })
        .catch(function () {});
    });
  }

  var button = document.querySelector(".comments-load");
  var thread = document.getElementById("comments-thread");
  if (button && thread) {
    button.addEventListener("click", function () {
      button.disabled = true;
      button.hidden = true;
      loadComments(button, thread);
    });
  }

  function data(el, name) {
    return el.getAttribute("data-" + name) || "";
  }

  function loadComments(el, box) {
    var provider = data(el, "provider");
    var script = document.createElement("script");
    script.src = data(el, "src");
    script.async = true;
    if (provider === "giscus") {
      script.crossOrigin = "anonymous";
      var names = [
        "repo",
        "repo-id",
        "category",
        "category-id",
        "mapping",
        "reactions-enabled",
        "input-position",
        "theme",
        "lang",
        "loading",
      ];
      names.forEach(function (n) {
        script.setAttribute("data-" + n, data(el, n));
      });
      if (isDark()) script.setAttribute("data-theme", "dark");
      box.appendChild(script);
      return;
    }
    if (provider === "remark42") {
      var node = document.createElement("div");
      node.id = "remark42";
      box.appendChild(node);
      window.remark_config = {
        host: data(el, "host"),
        site_id: data(el, "site-id"),
        url: data(el, "url"),
        theme: isDark() ? "dark" : "light",
        locale: data(el, "lang").slice(0, 2),
      };
      document.head.appendChild(script);
      return;
    }
    if (provider === "coral") {
      var coral = document.createElement("div");
      coral.id = "coral_thread";
      box.appendChild(coral);
      script.onload = function () {
        if (window.Coral)
          window.Coral.createStreamEmbed({
            id: "coral_thread",
            autoRender: true,
            rootURL: data(el, "host"),
            storyURL: data(el, "url"),
          });
      };
      document.head.appendChild(script);
    }
  }
})();
