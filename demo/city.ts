/** The city page's glue, as a webmaster would write it: choosing an operator in the ranking shows its card and trend. */
document.addEventListener('tsgs-merchant-select', (event) => {
  for (const id of ['chosen-card', 'chosen-trend']) document.getElementById(id)?.setAttribute('uscc', event.detail.uscc);
  document.querySelector('.chosen')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
});
