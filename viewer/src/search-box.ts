/**
 * The search box: an ARIA combobox with an autocomplete list over entity names and aliases (search.ts ranks them).
 * Arrow keys move, Enter chooses, Escape clears; results are rendered with textContent only.
 */
import { TYPE_LABELS } from "./model.js";
import { el } from "./dom.js";
import { searchEntities, type SearchEntry, type SearchResult } from "./search.js";

/** Wires the search input and its result list; `onChoose` receives the chosen entity's node key. */
export function setupSearchBox(
  input: HTMLInputElement,
  list: HTMLUListElement,
  index: readonly SearchEntry[],
  onChoose: (node: string) => void,
  onEscape: () => void,
): { clear(): void } {
  let results: SearchResult[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const setActive = (i: number) => {
    active = i;
    for (const [j, li] of [...list.children].entries()) li.setAttribute("aria-selected", String(j === i));
    if (i >= 0) {
      input.setAttribute("aria-activedescendant", `search-option-${i}`);
      list.children[i]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    input.value = result.label;
    close();
    onChoose(result.node);
  };

  const render = () => {
    results = searchEntities(index, input.value, 12);
    list.replaceChildren();
    if (!input.value.trim()) {
      close();
      return;
    }
    if (results.length === 0) {
      const li = el("li", "no-result", "No entity matches");
      li.setAttribute("aria-disabled", "true");
      list.append(li);
    }
    results.forEach((r, i) => {
      const li = el("li", "option");
      li.id = `search-option-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      const chip = el("span", "chip");
      chip.style.background = r.color;
      li.append(chip, el("span", "option-label", r.label));
      if (r.matchedAlias) li.append(el("span", "option-alias", `“${r.matchedAlias}”`));
      li.append(el("span", "option-type", TYPE_LABELS[r.entityType] ?? r.entityType));
      // mousedown, not click: it fires before the input's blur closes the list.
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(r);
      });
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    setActive(results.length ? 0 : -1);
  };

  input.addEventListener("input", render);
  input.addEventListener("focus", () => {
    if (input.value.trim()) render();
  });
  // Closed a moment after the box loses focus (a click on an option lands first), unless it has focus again by
  // then: typing straight back into the box must not have its fresh list closed by the earlier blur.
  input.addEventListener("blur", () =>
    setTimeout(() => {
      if (document.activeElement !== input) close();
    }, 100),
  );
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && results.length) {
      event.preventDefault();
      if (list.hidden) render();
      setActive((active + 1) % results.length);
    } else if (event.key === "ArrowUp" && results.length) {
      event.preventDefault();
      setActive((active - 1 + results.length) % results.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(results[active >= 0 ? active : 0]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      // First Escape empties the box; the next one (empty box) clears the selection too.
      if (input.value) {
        input.value = "";
        close();
      } else onEscape();
    }
  });
  return {
    clear() {
      input.value = "";
      close();
    },
  };
}
