/* The A- / A / A+ text size control. The choice is kept in localStorage, so it stays for every
   page and the next visit; it is applied from the page head, before anything is drawn. */
(function () {
    var KEY = 'socialais.textSize';
    var SIZES = ['small', 'normal', 'large'];

    function stored() {
        try {
            var size = window.localStorage.getItem(KEY);
            return SIZES.indexOf(size) >= 0 ? size : 'normal';
        } catch (e) {
            return 'normal'; // storage switched off: the default size
        }
    }

    function showPressed(size) {
        var buttons = document.querySelectorAll('[data-text-size-option]');
        for (var i = 0; i < buttons.length; i++) {
            buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-text-size-option') === size));
        }
    }

    function apply(size) {
        document.documentElement.setAttribute('data-text-size', size);
        showPressed(size);
    }

    apply(stored());
    document.addEventListener('DOMContentLoaded', function () {
        showPressed(stored());
    });
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-text-size-option]') : null;
        if (!button) {
            return;
        }
        var size = button.getAttribute('data-text-size-option');
        try {
            window.localStorage.setItem(KEY, size);
        } catch (e) {
            // not kept, but still applied to this page
        }
        apply(size);
    });
})();
