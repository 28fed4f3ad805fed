// Checkout (SHOP-06, PAY-01): the card fields only for 신용카드, the installment months the chosen
// card company offers (with 무이자), and the e-wallet page opened from our own page. Without
// script the page still works: every field shows and the shop refuses what does not fit.
(function () {
  'use strict';
  var go = document.getElementById('ewallet-go');
  if (go) {
    window.location.assign(go.href);
    return;
  }
  var form = document.getElementById('checkout-form') || document.getElementById('pay-again-form');
  if (!form) {
    return;
  }
  var card = form.querySelector('fieldset.card');
  function method() {
    var checked = form.querySelector('input[name="paymentMethod"]:checked');
    return checked ? checked.value : 'CARD';
  }
  function showMethod() {
    if (card) {
      card.hidden = method() !== 'CARD';
    }
  }
  var company = document.getElementById('cardCompany');
  var months = document.getElementById('installmentMonths');
  function showMonths() {
    if (!company || !months) {
      return;
    }
    var chosen = company.value;
    Array.prototype.forEach.call(months.options, function (option) {
      var offeredBy = option.getAttribute('data-companies');
      if (offeredBy === null) {
        return;
      }
      var base = option.getAttribute('data-label');
      var offered = !chosen || (' ' + offeredBy + ' ').indexOf(' ' + chosen + ' ') >= 0;
      var free = chosen && (' ' + option.getAttribute('data-free') + ' ').indexOf(' ' + chosen + ' ') >= 0;
      option.hidden = !offered;
      option.disabled = !offered;
      option.textContent = base + (free ? ' (' + months.getAttribute('data-free-label') + ')' : '');
      if (!offered && option.selected) {
        months.value = '0';
      }
    });
  }
  Array.prototype.forEach.call(form.querySelectorAll('input[name="paymentMethod"]'), function (radio) {
    radio.addEventListener('change', showMethod);
  });
  if (company) {
    company.addEventListener('change', showMonths);
  }
  showMethod();
  showMonths();
}());
