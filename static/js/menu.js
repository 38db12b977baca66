/*
 * Progressive enhancement for the phone menu. Without JavaScript a visually hidden
 * checkbox opens it; here that checkbox becomes a real button that announces its
 * state (aria-expanded) and closes with Escape.
 */
(function () {
    "use strict";
    var nav = document.querySelector(".site-nav");
    if (!nav) {
        return;
    }
    var checkbox = nav.querySelector(".menu-toggle");
    var label = nav.querySelector(".menu-toggle-label");
    var list = nav.querySelector(".menu-list");
    if (!checkbox || !label || !list) {
        return;
    }

    var button = document.createElement("button");
    button.type = "button";
    button.className = "menu-button";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", list.id);
    button.innerHTML = label.innerHTML;
    label.parentNode.replaceChild(button, label);
    checkbox.parentNode.removeChild(checkbox);

    function setOpen(open) {
        nav.classList.toggle("is-open", open);
        button.setAttribute("aria-expanded", open ? "true" : "false");
    }

    button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });

    nav.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && nav.classList.contains("is-open")) {
            setOpen(false);
            button.focus();
        }
    });
})();
