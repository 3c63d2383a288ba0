using Jint;

namespace UstaOrchard.Core.Recipes.Expressions;

/// <summary>
/// Jint checks its memory limit between statements, so one built-in call that multiplies its input
/// (<c>'x'.repeat(5e8)</c>, <c>padEnd</c>, <c>join</c>, a global <c>replace</c>) could allocate gigabytes
/// before the check runs. Before any recipe code, those built-ins are replaced by versions that
/// work out the size of their result first and refuse one larger than the decoding limit. The
/// replacements can be neither overwritten nor removed by a recipe.
/// </summary>
public static class AmplifierGuard
{
    private const string Prelude = """
        (function (limit, refuse) {
          'use strict';
          function len(v) { return v === undefined || v === null ? 0 : String(v).length; }
          function guard(proto, name, size) {
            var original = proto[name];
            Object.defineProperty(proto, name, {
              value: function () {
                if (size(this, arguments) > limit) refuse();
                return original.apply(this, arguments);
              },
              writable: false, configurable: false, enumerable: false
            });
          }
          guard(String.prototype, 'repeat', function (s, a) { return len(s) * Math.max(0, Number(a[0]) || 0); });
          guard(String.prototype, 'padStart', function (s, a) { return Number(a[0]) || 0; });
          guard(String.prototype, 'padEnd', function (s, a) { return Number(a[0]) || 0; });
          guard(String.prototype, 'concat', function (s, a) { var n = len(s); for (var i = 0; i < a.length; i++) n += len(a[i]); return n; });
          guard(Array.prototype, 'join', function (s, a) {
            var separator = a[0] === undefined ? 1 : len(a[0]), n = 0;
            for (var i = 0; i < s.length; i++) { n += len(s[i]) + separator; if (n > limit) break; }
            return n;
          });
          // A replacement can be inserted once per character: count the worst case. A function's
          // results are counted as it returns them.
          function replacement(s, a, everywhere) {
            if (typeof a[1] === 'function') {
              var f = a[1], total = len(s);
              a[1] = function () { var r = String(f.apply(this, arguments)); total += r.length; if (total > limit) refuse(); return r; };
              return total;
            }
            return len(s) + (everywhere ? len(s) + 1 : 1) * len(a[1]);
          }
          guard(String.prototype, 'replace', function (s, a) { return replacement(s, a, a[0] instanceof RegExp && a[0].global); });
          guard(String.prototype, 'replaceAll', function (s, a) { return replacement(s, a, true); });
        })(__limit, __refuse);
        """;

    public static void Install(Engine engine, long limit)
    {
        engine.SetValue("__limit", (double)limit);
        engine.SetValue("__refuse", new Action(() => throw new BoundedDecoding.TooLargeException(limit)));
        engine.Execute(Prelude);
    }
}
