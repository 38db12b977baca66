/*
 * On a phone the home page's welcome text is cut to a few lines (portal.css) so that the
 * news starts on the first screen; a button with aria-expanded shows the rest. Without
 * JavaScript, and on wider screens (where the button is hidden), the whole text shows.
 */
(function () {
    "use strict";
    var welcome = document.querySelector(".welcome");
    var text = welcome && welcome.querySelector(".welcome__text");
    if (!text) {
        return;
    }
    var onPhone = window.matchMedia("(max-width: 39.99em)").matches;
    welcome.classList.add("is-collapsed");
    if (onPhone && text.scrollHeight <= text.clientHeight + 1) {
        // Short enough to show whole: no button that would do nothing.
        welcome.classList.remove("is-collapsed");
        return;
    }

    var button = document.createElement("button");
    button.type = "button";
    button.className = "welcome__toggle";
    button.setAttribute("aria-controls", text.id);

    function setCollapsed(collapsed) {
        welcome.classList.toggle("is-collapsed", collapsed);
        button.setAttribute("aria-expanded", collapsed ? "false" : "true");
        button.textContent = collapsed ? "Xem thêm lời giới thiệu" : "Thu gọn lời giới thiệu";
    }

    button.addEventListener("click", function () {
        setCollapsed(!welcome.classList.contains("is-collapsed"));
    });
    setCollapsed(true);
    welcome.appendChild(button);
})();
