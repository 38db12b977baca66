// Rates an article without leaving the page; without JavaScript the form posts and comes back.
document.querySelectorAll("[data-rating-form]").forEach((form) => {
  const section = form.closest(".rating");
  form.addEventListener("submit", async (event) => {
    const button = event.submitter;
    if (!button) return;
    event.preventDefault();
    const body = new FormData(form);
    body.set(button.name, button.value);
    try {
      const reply = await fetch(form.action, { method: "POST", body, headers: { Accept: "application/json" } });
      const answer = await reply.json();
      section.querySelector("[data-rating-message]").textContent = answer.message;
      section.querySelector("[data-rating-sentence]").textContent = answer.rating;
    } catch (error) {
      form.submit();
    }
  });
});
