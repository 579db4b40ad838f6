/* The few behaviours of our own pages, bound here rather than in inline handlers, which the
   Content-Security-Policy does not allow:
   - data-focus-on-load: the error summary takes the focus when the page opens;
   - data-print: prints the page (the front desk's copy for the applicant to sign);
   - data-confirm: asks before a button's action goes ahead;
   - data-submit-once: a button is disabled once clicked, so a slow answer is not sent twice. */
(function () {
    document.addEventListener('DOMContentLoaded', function () {
        var focused = document.querySelector('[data-focus-on-load]');
        if (focused) {
            focused.focus();
        }
    });
    document.addEventListener('click', function (event) {
        var target = event.target.closest ? event.target.closest('[data-print], [data-confirm], [data-submit-once]') : null;
        if (!target) {
            return;
        }
        if (target.hasAttribute('data-print')) {
            window.print();
        }
        if (target.hasAttribute('data-confirm') && !window.confirm(target.getAttribute('data-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
            return;
        }
        if (target.hasAttribute('data-submit-once')) {
            // Disabled only after the click has been dispatched, so the form still sends the button.
            setTimeout(function () {
                target.disabled = true;
                target.setAttribute('aria-disabled', 'true');
            }, 0);
        }
    });
})();
