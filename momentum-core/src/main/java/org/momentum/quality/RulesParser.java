package org.momentum.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the rules file of {@code docs/quality-rules.md}: one datapoint rule a line, in the spirit of VTL 2.1's
 * datapoint rulesets ({@code name : when A then B errorcode "…" errorlevel …}); {@code #} starts a comment, a line
 * ending in {@code \} continues on the next. Every mistake is reported as {@code file:line: reason}.
 */
public final class RulesParser {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("when", "then", "and", "or", "not", "between", "errorcode", "errorlevel");

    private final String source;

    private RulesParser(String source) { this.source = source; }

    /** Parses the whole text; {@code source} names it in error messages (usually the file name). */
    public static List<QualityRule> parse(String text, String source) {
        RulesParser p = new RulesParser(source);
        List<QualityRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] lines = text.split("\r?\n", -1);
        StringBuilder pending = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            if (pending.length() == 0) start = i + 1;
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            String whole = pending.toString().strip();
            pending.setLength(0);
            if (whole.isEmpty()) continue;
            QualityRule r = p.rule(whole, start);
            if (!names.add(r.name())) throw new RulesFormatException(source, start, "rule '" + r.name() + "' is defined twice");
            rules.add(r);
        }
        if (pending.length() > 0) throw new RulesFormatException(source, start, "the file ends inside a continued line");
        return List.copyOf(rules);
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '#' && !quoted) return line.substring(0, i).stripTrailing();
        }
        return line.stripTrailing();
    }

    private QualityRule rule(String text, int line) {
        Tokens t = new Tokens(tokenize(text, line), line);
        String name = t.next();
        if (!NAME.matcher(name).matches() || KEYWORDS.contains(name))
            throw error(line, "a rule starts with its name (lower case letters, digits, _), not '" + name + "'");
        t.expect(":");
        RuleExpr when = null;
        if (t.peekIs("when")) {
            t.next();
            when = or(t);
            t.expect("then");
        }
        RuleExpr condition = or(t);
        Severity severity = Severity.ERROR;
        String message = null;
        while (t.hasMore()) {
            String k = t.next();
            if (k.equals("errorlevel")) {
                String s = t.next();
                severity = Severity.parseOrNull(s);
                if (severity == null) throw error(line, "errorlevel must be 'error' or 'warning', not '" + s + "'");
            } else if (k.equals("errorcode")) {
                String s = t.next();
                if (!s.startsWith("\"")) throw error(line, "errorcode takes a quoted message, not '" + s + "'");
                message = s.substring(1, s.length() - 1);
            } else {
                throw error(line, "unexpected '" + k + "' after the condition (expected errorcode or errorlevel)");
            }
        }
        checkCondition(condition, line, "the condition");
        if (when != null) checkCondition(when, line, "the when-part");
        return new QualityRule(name, when, condition, severity, message == null ? name.replace('_', ' ') : message, line);
    }

    private void checkCondition(RuleExpr e, int line, String what) {
        boolean logical = e instanceof RuleExpr.Between || e instanceof RuleExpr.Logic
                || (e instanceof RuleExpr.Binary b && b.comparison())
                || (e instanceof RuleExpr.Call c && c.function().equals("isnull"));
        if (!logical) throw error(line, what + " '" + e.text() + "' is a number, not a comparison");
    }

    // grammar: or := and {"or" and}; and := not {"and" not}; not := "not" not | cmp;
    // cmp := sum [op sum | "between" sum "and" sum]; sum := prod {(+|-) prod}; prod := unary {(*|/) unary};
    // unary := "-" unary | atom; atom := number | name | function "(" args ")" | "(" or ")"
    private RuleExpr or(Tokens t) {
        RuleExpr e = and(t);
        while (t.peekIs("or")) {
            t.next();
            e = new RuleExpr.Logic("or", e, and(t));
        }
        return e;
    }

    private RuleExpr and(Tokens t) {
        RuleExpr e = not(t);
        while (t.peekIs("and")) {
            t.next();
            e = new RuleExpr.Logic("and", e, not(t));
        }
        return e;
    }

    private RuleExpr not(Tokens t) {
        if (t.peekIs("not")) {
            t.next();
            return new RuleExpr.Logic("not", not(t), null);
        }
        return comparison(t);
    }

    private RuleExpr comparison(Tokens t) {
        RuleExpr left = sum(t);
        if (t.peekIs("between")) {
            t.next();
            RuleExpr lo = sum(t);
            t.expect("and");
            return new RuleExpr.Between(left, lo, sum(t));
        }
        for (String op : List.of("<=", ">=", "<>", "=", "<", ">")) {
            if (t.peekIs(op)) {
                t.next();
                return new RuleExpr.Binary(op, left, sum(t));
            }
        }
        return left;
    }

    private RuleExpr sum(Tokens t) {
        RuleExpr e = product(t);
        while (t.peekIs("+") || t.peekIs("-")) e = new RuleExpr.Binary(t.next(), e, product(t));
        return e;
    }

    private RuleExpr product(Tokens t) {
        RuleExpr e = unary(t);
        while (t.peekIs("*") || t.peekIs("/")) e = new RuleExpr.Binary(t.next(), e, unary(t));
        return e;
    }

    private RuleExpr unary(Tokens t) {
        if (t.peekIs("-")) {
            t.next();
            return new RuleExpr.Neg(unary(t));
        }
        return atom(t);
    }

    private RuleExpr atom(Tokens t) {
        int line = t.line;
        if (!t.hasMore()) throw error(line, "the expression ends too early");
        String s = t.next();
        if (s.equals("(")) {
            RuleExpr e = or(t);
            t.expect(")");
            return e;
        }
        if (Character.isDigit(s.charAt(0)) || s.charAt(0) == '.') {
            try {
                return new RuleExpr.Num(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                throw error(line, "'" + s + "' is not a number");
            }
        }
        if (s.startsWith("\"")) throw error(line, "unexpected text " + s + " in an expression");
        if (KEYWORDS.contains(s) || !Character.isLetter(s.charAt(0))) throw error(line, "unexpected '" + s + "'");
        if (!t.peekIs("(")) return new RuleExpr.Var(indicator(s, line), 0);
        t.next();
        return switch (s) {
            case "lag" -> {
                String ind = t.next();
                t.expect(",");
                String lag = t.next();
                t.expect(")");
                int k;
                try {
                    k = Integer.parseInt(lag);
                } catch (NumberFormatException e) {
                    throw error(line, "lag takes a whole number of months, not '" + lag + "'");
                }
                if (k < 1 || k > 24) throw error(line, "lag must be 1 to 24 months, not " + k);
                yield new RuleExpr.Var(indicator(ind, line), k);
            }
            case "abs", "isnull" -> {
                RuleExpr a = sum(t);
                t.expect(")");
                yield new RuleExpr.Call(s, List.of(a));
            }
            case "min", "max" -> {
                RuleExpr a = sum(t);
                t.expect(",");
                RuleExpr b = sum(t);
                t.expect(")");
                yield new RuleExpr.Call(s, List.of(a, b));
            }
            case "industry_quantile" -> {
                RuleExpr a = sum(t);
                t.expect(",");
                String q = t.next();
                t.expect(")");
                double v;
                try {
                    v = Double.parseDouble(q);
                } catch (NumberFormatException e) {
                    throw error(line, "industry_quantile takes a probability, not '" + q + "'");
                }
                if (!(v >= 0 && v <= 1)) throw error(line, "industry_quantile's probability must be in [0,1], not " + q);
                yield new RuleExpr.IndustryQuantile(a, v);
            }
            default -> throw error(line, "unknown function '" + s + "' (known: lag, abs, min, max, isnull, industry_quantile)");
        };
    }

    private String indicator(String s, int line) {
        if (!s.matches("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)?"))
            throw error(line, "'" + s + "' is not an indicator code");
        return s;
    }

    private List<String> tokenize(String s, int line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int j = s.indexOf('"', i + 1);
                if (j < 0) throw error(line, "a quoted message is not closed");
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '.')) j++;
                out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
                i = j;
            } else if (Character.isDigit(c) || c == '.') {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == 'e' || s.charAt(j) == 'E'
                        || ((s.charAt(j) == '-' || s.charAt(j) == '+') && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E')))) j++;
                out.add(s.substring(i, j));
                i = j;
            } else if (s.startsWith("<=", i) || s.startsWith(">=", i) || s.startsWith("<>", i)) {
                out.add(s.substring(i, i + 2));
                i += 2;
            } else if ("+-*/()<>=,:".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                throw error(line, "unexpected character '" + c + "'");
            }
        }
        return out;
    }

    private RulesFormatException error(int line, String reason) { return new RulesFormatException(source, line, reason); }

    private final class Tokens {
        final List<String> list;
        final int line;
        int pos;

        Tokens(List<String> list, int line) {
            this.list = list;
            this.line = line;
        }

        boolean hasMore() { return pos < list.size(); }

        boolean peekIs(String s) { return pos < list.size() && list.get(pos).equals(s); }

        String next() {
            if (pos >= list.size()) throw error(line, "the rule ends too early");
            return list.get(pos++);
        }

        void expect(String s) {
            if (!hasMore()) throw error(line, "expected '" + s + "' but the rule ends");
            String got = next();
            if (!got.equals(s)) throw error(line, "expected '" + s + "' but found '" + got + "'");
        }
    }
}
