package se.hlt.assessment.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * What an intruder can work out about each hidden count of a {@link SuppressionGrid} from everything it shows:
 * the smallest and largest count consistent with the shown cells and totals, by linear programming (Commons
 * Math's {@link SimplexSolver}), as tau-Argus audits a table. The equations of a table with its margins form a
 * network matrix, whose vertices are whole numbers, so these bounds are those of whole counts too; a jqwik
 * property checks them against brute force.
 *
 * <p>Each layer (the pairs, the pairs with each score) is audited on its own equations; then what one layer tells
 * about another is added: the pairs with a score are never more than the pairs, so a hidden group has at least as
 * many pairs as its smallest possible count with a score, and no more pairs with a score than its largest possible
 * count of pairs.
 */
final class DisclosureAudit {

    /** Enough pivots for any table a cohort makes; a table that needs more is not one. */
    private static final int MAX_ITERATIONS = 100_000;

    /**
     * The bounds of a hidden count.
     *
     * @param lower the smallest count consistent with the table
     * @param upper the largest, when anything bounds it
     */
    record Bounds(long lower, OptionalLong upper) {

        /** Whether the count is known to within fewer than {@code minimum} (pinned, when the two are equal). */
        boolean narrowerThan(int minimum) {
            return upper.isPresent() && upper.getAsLong() - lower < minimum;
        }
    }

    private DisclosureAudit() {
    }

    /**
     * The first hidden position, row by row, that some layer pins or narrows to fewer than {@code minimum} counts.
     *
     * @throws IllegalStateException if the shown counts contradict each other (no table has them)
     */
    static Optional<int[]> firstNarrow(SuppressionGrid grid, int minimum) {
        List<int[]> hidden = hiddenPositions(grid);
        if (hidden.isEmpty()) {
            return Optional.empty();
        }
        Bounds[][] bounds = new Bounds[grid.layers()][];
        for (int layer = 0; layer < grid.layers(); layer++) {
            bounds[layer] = bounds(grid, layer, hidden);
        }
        for (int h = 0; h < hidden.size(); h++) {
            Bounds pairs = bounds[0][h];
            long lower = pairs.lower();
            for (int layer = 1; layer < grid.layers(); layer++) {
                lower = Math.max(lower, bounds[layer][h].lower());
            }
            if (new Bounds(lower, pairs.upper()).narrowerThan(minimum)) {
                return Optional.of(hidden.get(h));
            }
            for (int layer = 1; layer < grid.layers(); layer++) {
                Bounds b = bounds[layer][h];
                OptionalLong upper = b.upper().isEmpty() ? pairs.upper() : pairs.upper().isEmpty() ? b.upper()
                        : OptionalLong.of(Math.min(b.upper().getAsLong(), pairs.upper().getAsLong()));
                if (new Bounds(b.lower(), upper).narrowerThan(minimum)) {
                    return Optional.of(hidden.get(h));
                }
            }
        }
        return Optional.empty();
    }

    /** The hidden displayed positions, row by row. */
    static List<int[]> hiddenPositions(SuppressionGrid grid) {
        List<int[]> hidden = new ArrayList<>();
        for (int r = 0; r <= grid.rows; r++) {
            for (int c = 0; c <= grid.columns; c++) {
                if (grid.displayed[r][c] && grid.hidden[r][c]) {
                    hidden.add(new int[] {r, c});
                }
            }
        }
        return hidden;
    }

    /** The bounds of each of {@code hidden} in one layer, from that layer's shown counts. */
    static Bounds[] bounds(SuppressionGrid grid, int layer, List<int[]> hidden) {
        int[][] variable = new int[grid.rows + 1][grid.columns + 1];
        for (int[] row : variable) {
            java.util.Arrays.fill(row, -1);
        }
        for (int h = 0; h < hidden.size(); h++) {
            variable[hidden.get(h)[0]][hidden.get(h)[1]] = h;
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        boolean[] constrained = new boolean[hidden.size()];
        for (int[][] equation : grid.equations) {
            double[] coefficients = new double[hidden.size()];
            double known = 0;
            boolean any = false;
            for (int i = 0; i < equation.length; i++) {
                int[] p = equation[i];
                double sign = i == equation.length - 1 ? -1 : 1; // the cells less their total make 0
                int v = variable[p[0]][p[1]];
                if (v >= 0) {
                    coefficients[v] += sign;
                    constrained[v] = true;
                    any = true;
                } else {
                    known += sign * grid.counts[layer][p[0]][p[1]];
                }
            }
            if (any) {
                constraints.add(new LinearConstraint(coefficients, Relationship.EQ, -known));
            }
        }
        Lp lp = new Lp(constraints, hidden.size(), ceiling(grid, layer));
        Bounds[] bounds = new Bounds[hidden.size()];
        for (int h = 0; h < hidden.size(); h++) {
            bounds[h] = constrained[h] ? lp.bounds(h) : new Bounds(0, OptionalLong.empty());
        }
        return bounds;
    }

    /**
     * A ceiling no bounded hidden count reaches: four times the shown counts' sum, and more. Every variable gets
     * it as an upper bound, because Commons Math's simplex, given equations whose right-hand sides are mostly 0
     * and unbounded variables, can stop at a point that breaks them (a maximum of 0 where 1 is possible); with
     * every variable bounded it does not. A bounded count's largest value is a sum of shown counts with signs, so
     * it stays below half the ceiling; a count that reaches half the ceiling is unbounded.
     */
    private static double ceiling(SuppressionGrid grid, int layer) {
        double shown = 0;
        for (int r = 0; r <= grid.rows; r++) {
            for (int c = 0; c <= grid.columns; c++) {
                if (grid.displayed[r][c] && !grid.hidden[r][c]) {
                    shown += grid.counts[layer][r][c];
                }
            }
        }
        return 4 * (shown + 1);
    }

    /** One layer's linear programme: its equations, and every variable between 0 and the ceiling. */
    private static final class Lp {
        private final List<LinearConstraint> equations;
        private final List<LinearConstraint> all;
        private final int variables;
        private final double ceiling;

        Lp(List<LinearConstraint> equations, int variables, double ceiling) {
            this.equations = equations;
            this.variables = variables;
            this.ceiling = ceiling;
            this.all = new ArrayList<>(equations);
            for (int v = 0; v < variables; v++) {
                double[] one = new double[variables];
                one[v] = 1;
                all.add(new LinearConstraint(one, Relationship.LEQ, ceiling));
            }
        }

        Bounds bounds(int variable) {
            double[] objective = new double[variables];
            objective[variable] = 1;
            Optional<Double> lower = optimum(objective, GoalType.MINIMIZE);
            Optional<Double> upper = optimum(objective, GoalType.MAXIMIZE);
            if (lower.isEmpty() || upper.isEmpty()) {
                return new Bounds(0, OptionalLong.of(0)); // the solver failed: taken as pinned, so more is hidden
            }
            long low = Math.max(0, Math.round(lower.get()));
            return new Bounds(low, upper.get() >= ceiling / 2 ? OptionalLong.empty()
                    : OptionalLong.of(Math.round(upper.get())));
        }

        /** The optimum, or empty when the solver's point breaks an equation (it should not, bounded). */
        private Optional<Double> optimum(double[] objective, GoalType goal) {
            PointValuePair best;
            try {
                best = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
                        new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(all), goal,
                        new NonNegativeConstraint(true));
            } catch (NoFeasibleSolutionException e) {
                throw new IllegalStateException("the shown counts contradict each other", e);
            }
            double[] x = best.getPoint();
            for (LinearConstraint e : equations) {
                double sum = 0;
                for (int v = 0; v < variables; v++) {
                    sum += e.getCoefficients().getEntry(v) * x[v];
                }
                if (Math.abs(sum - e.getValue()) > 1e-6) {
                    return Optional.empty();
                }
            }
            return Optional.of(best.getValue());
        }
    }
}
