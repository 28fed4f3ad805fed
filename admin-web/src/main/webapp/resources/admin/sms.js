/*
 * The SMS byte counter (MKT-06): counts a text as the server's SmsText does, in EUC-KR (CP949)
 * bytes: ASCII one, every other character the code page has two, anything else (emoji …) refused
 * and named. The table of encodable characters and the ad prefix / refusal number come from
 * /admin/channel/sms-table.js (window.M25_SMS), generated from the same Java charset, so the
 * counter and the server never disagree. SMS up to 80 bytes, LMS up to 2,000.
 *
 * Use: <textarea data-sms-counter="counterId" data-sms-composed="true"> and a counter element
 * with data-label-sms, data-label-lms, data-label-over, data-label-bad, data-label-bytes.
 */
(function () {
    'use strict';
    var table = null;

    function decode() {
        if (table) {
            return table;
        }
        table = new Uint8Array(0x10000);
        var parts = window.M25_SMS.ranges.split(',');
        var at = 0x80;
        for (var i = 0; i < parts.length; i += 2) {
            at += parseInt(parts[i], 36);
            var length = parseInt(parts[i + 1], 36);
            for (var c = at; c < at + length; c++) {
                table[c] = 1;
            }
            at += length;
        }
        return table;
    }

    function normalise(text) {
        return (text || '').replace(/\r\n/g, '\n').replace(/\r/g, '\n');
    }

    /** {bytes, kind: 'SMS' | 'LMS' | null, bad: [characters]} */
    function measure(text) {
        var t = decode();
        var s = normalise(text);
        var bytes = 0;
        var bad = [];
        for (var i = 0; i < s.length;) {
            var cp = s.codePointAt(i);
            i += cp > 0xFFFF ? 2 : 1;
            if (cp < 0x80) {
                bytes += 1;
            } else if (cp <= 0xFFFF && t[cp]) {
                bytes += 2;
            } else {
                var ch = String.fromCodePoint(cp);
                if (bad.indexOf(ch) < 0) {
                    bad.push(ch);
                }
            }
        }
        return {bytes: bytes, kind: bytes <= 80 ? 'SMS' : bytes <= 2000 ? 'LMS' : null, bad: bad};
    }

    function composed(body) {
        return window.M25_SMS.prefix + normalise(body).trim() + window.M25_SMS.suffix;
    }

    function show(area) {
        var counter = document.getElementById(area.getAttribute('data-sms-counter'));
        if (!counter || !window.M25_SMS) {
            return;
        }
        var m = measure(area.getAttribute('data-sms-composed') === 'true' ? composed(area.value) : area.value);
        var limit = m.kind === 'SMS' ? 80 : 2000;
        var label = m.kind === 'SMS' ? counter.getAttribute('data-label-sms')
            : m.kind === 'LMS' ? counter.getAttribute('data-label-lms') : counter.getAttribute('data-label-over');
        var text = m.bytes + ' / ' + limit + ' ' + counter.getAttribute('data-label-bytes') + ' · ' + label;
        if (m.bad.length) {
            text += ' · ' + counter.getAttribute('data-label-bad') + ' ' + m.bad.join(' ');
        }
        counter.textContent = text;
        counter.setAttribute('data-bytes', String(m.bytes));
        counter.className = 'm25-sms-counter' + (m.kind === null || m.bad.length ? ' m25-sms-bad' : m.kind === 'LMS' ? ' m25-sms-lms' : '');
    }

    function bindAll() {
        var areas = document.querySelectorAll('[data-sms-counter]');
        for (var i = 0; i < areas.length; i++) {
            var area = areas[i];
            if (!area.m25SmsBound) {
                area.addEventListener('input', function (e) { show(e.target); });
                area.m25SmsBound = true;
            }
            show(area);
        }
    }

    window.M25Sms = {measure: measure, bindAll: bindAll};
    document.addEventListener('DOMContentLoaded', bindAll);
    // PrimeFaces replaces parts of the page after ajax: bind the new text areas too
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', bindAll);
    }
})();
