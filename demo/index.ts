/** The host page's own glue, as a webmaster would write it: choosing an operator in the ranking shows its card. */
document.addEventListener('tsgs-merchant-select', (event) => {
  const card = document.querySelector('#chosen');
  if (card) card.setAttribute('uscc', event.detail.uscc);
});
