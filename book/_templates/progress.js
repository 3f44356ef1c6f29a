/* Learner progress, kept in this browser only (localStorage; no server, no account).
   Written inline into every page (book/_ext/roadmap_maps.py, book/_templates/layout.html).
   A topic or chapter page has a "Done with this page" button (book/_templates/layout.html);
   the pages marked done get a tick on the roadmap maps (book/_ext/roadmap_maps.py), in the
   maps' lists of links and in the sidebar, and a chapter box counts its items done. */
(() => {
  "use strict";
  const KEY = "ai-roadmaps:done";

  function read() {
    try {
      const stored = JSON.parse(localStorage.getItem(KEY) || "[]");
      return new Set(Array.isArray(stored) ? stored : []);
    } catch (error) {
      return new Set();
    }
  }

  function write(done) {
    try {
      localStorage.setItem(KEY, JSON.stringify([...done].sort()));
    } catch (error) {
      /* storage disabled: the mark lasts until the page is left */
    }
  }

  /* The path of a page of the book from its name, as links to it resolve. */
  function pagePath(docname) {
    const root = document.documentElement.dataset.content_root || "";
    return new URL(root + docname + ".html", window.location.href).pathname;
  }

  function label(element, text) {
    if (text) {
      element.setAttribute("aria-label", text);
    } else {
      element.removeAttribute("aria-label");
    }
  }

  function paint(done) {
    const mapLinks = document.querySelectorAll(".roadmap-map a[data-page]");
    for (const link of mapLinks) {
      const isDone = done.has(link.dataset.page);
      link.classList.toggle("is-done", isDone);
      if (link.closest("svg") && !link.classList.contains("roadmap-map__chapter")) {
        label(link, isDone ? link.textContent.trim() + " (done)" : "");
      }
    }
    /* A chapter box: how many of its items are done; ticked when all are. */
    for (const svg of document.querySelectorAll(".roadmap-map svg")) {
      for (const chapter of svg.querySelectorAll(".roadmap-map__chapter")) {
        const items = svg.querySelectorAll(
          `.roadmap-map__item[data-chapter="${chapter.dataset.label}"]`,
        );
        const count = [...items].filter((item) => done.has(item.dataset.page)).length;
        const allDone = items.length > 0 && count === items.length;
        chapter.classList.toggle("is-done", allDone);
        const counter = chapter.querySelector(".roadmap-map__count");
        if (counter) {
          counter.textContent = count ? `${count}/${items.length}` : "";
        }
      }
    }
    const donePaths = new Set([...done].map(pagePath));
    for (const link of document.querySelectorAll(".bd-docs-nav a.reference.internal")) {
      const path = new URL(link.href, window.location.href).pathname;
      link.classList.toggle("is-done", donePaths.has(path));
    }
    const button = document.querySelector(".progress-mark__button");
    if (button) {
      button.setAttribute("aria-pressed", String(done.has(button.dataset.page)));
    }
  }

  function start() {
    const button = document.querySelector(".progress-mark__button");
    if (button) {
      button.addEventListener("click", () => {
        const done = read();
        if (done.has(button.dataset.page)) {
          done.delete(button.dataset.page);
        } else {
          done.add(button.dataset.page);
        }
        write(done);
        paint(done);
      });
    }
    paint(read());
    /* Another tab marked a page: show it here too. */
    window.addEventListener("storage", (event) => {
      if (event.key === KEY) {
        paint(read());
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
