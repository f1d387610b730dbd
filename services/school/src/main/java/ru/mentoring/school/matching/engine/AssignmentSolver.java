package ru.mentoring.school.matching.engine;

import java.util.Arrays;

/**
 * The exact maximum-score assignment of a {@link CandidateGraph}: each mentee at most one mentor, each
 * mentor at most its capacity, the sum of the chosen pairs' scores as large as possible.
 *
 * <p>It is a min-cost flow — every mentee sends one unit to the sink either through one of its candidate
 * mentors (cost −score) or directly (cost 0: "no mentor"); a mentor passes at most its capacity — solved
 * by successive shortest paths, one mentee at a time, as in the Hungarian method. Node potentials keep
 * every residual arc's reduced cost non-negative, so Dijkstra finds the cheapest augmenting path from
 * the new mentee: to a mentor with a free seat, possibly moving assigned mentees on to other mentors, or
 * to "no mentor" for the new mentee or for one it displaces. Augmenting along a shortest path keeps the
 * flow of the mentees added so far of minimal cost, so after the last mentee it is optimal. Reduced costs
 * are small integers, so Dijkstra's queue is an array of buckets (Dial); the search stops at the sink's
 * distance, and only the nodes it settled change potential. A mentor with a free seat ends a path as soon as
 * it is reached — it is never queued — which lowers the sink's distance early and keeps the nodes beyond it
 * out of the queue (half the solve's time at 2 000 × 1 000). Each mentee's edges are kept best first, so
 * a settled mentee's scan stops at the first edge that cannot beat the sink's distance (mentor potentials
 * never rise above 0). A mentor's seats are one node with a capacity, not copies. Mentees with the
 * strongest claims go first: fewer of them are moved on later. An auction without increments gives the
 * shortest paths a head start: see {@link #auction}.
 *
 * <p>The final potentials give a dual solution of the assignment LP ({@code u} per mentee, {@code v} per
 * mentor, {@code u + v ≥ score} on every edge); {@link Solution#certified()} says it was checked to be
 * feasible and of the same value as the assignment, which proves the assignment optimal.
 */
final class AssignmentSolver {

    /** The assignment: the mentor index of each mentee or -1, the total score, and the optimality check. */
    record Solution(int[] mentorOf, int[] edgeOf, long total, boolean certified) {
    }

    private final CandidateGraph g;
    private final int n;
    private final int[] off;
    private final int[] to;
    private final int[] score;
    private final int[] cap;
    private final int[] pe;
    private final int[] pm;
    private final int[] mentorOf;
    private final int[] edgeOf;
    private final int[] slotStart;
    private final int[] slots;
    private final int[] used;

    // Dijkstra
    private final int[] dist;
    private final int[] stamp;
    private int current;
    private int[] settledList = new int[64];
    private int settledCount;
    private final int[] bucketHead;
    private int[] entryNode = new int[256];
    private int[] entryNext = new int[256];
    private int entries;
    private int highestBucket;

    private final int[] predEdge;
    private final int[] predMentee;

    /** Only through {@link #solve}, which hands it each mentee's edges best first. */
    private AssignmentSolver(CandidateGraph g) {
        this.g = g;
        this.n = g.mentees();
        this.off = g.offsets();
        this.to = g.mentor();
        this.score = g.score();
        this.cap = g.capacity();
        int m = g.mentors();
        pe = new int[n];
        pm = new int[m];
        mentorOf = new int[n];
        edgeOf = new int[n];
        Arrays.fill(mentorOf, -1);
        Arrays.fill(edgeOf, -1);
        slotStart = new int[m + 1];
        for (int j = 0; j < m; j++) {
            slotStart[j + 1] = slotStart[j] + Math.max(0, cap[j]);
        }
        slots = new int[slotStart[m]];
        used = new int[m];
        dist = new int[n + m];
        stamp = new int[n + m];
        int maxScore = 0;
        for (int i = 0; i < n; i++) {
            if (off[i] < off[i + 1]) {
                maxScore = Math.max(maxScore, score[off[i]]); // edges come best first
            }
        }
        bucketHead = new int[maxScore + 2];
        Arrays.fill(bucketHead, -1);
        predEdge = new int[m];
        predMentee = new int[m];
    }

    static Solution solve(CandidateGraph g) {
        int[] order = bestFirst(g);
        if (order == null) {
            return new AssignmentSolver(g).run();
        }
        // the search relies on each mentee's edges coming best first: solve a sorted copy, map the edges back
        int[] to = new int[order.length];
        int[] score = new int[order.length];
        for (int e = 0; e < order.length; e++) {
            to[e] = g.mentor()[order[e]];
            score[e] = g.score()[order[e]];
        }
        Solution sorted = new AssignmentSolver(new CandidateGraph(g.mentees(), g.mentors(), g.offsets(), to, score,
                g.capacity())).run();
        int[] edgeOf = sorted.edgeOf().clone();
        for (int i = 0; i < edgeOf.length; i++) {
            if (edgeOf[i] >= 0) {
                edgeOf[i] = order[edgeOf[i]];
            }
        }
        return new Solution(sorted.mentorOf(), edgeOf, sorted.total(), sorted.certified());
    }

    /** Null if every mentee's edges already come in descending score, else the order that makes them so. */
    private static int[] bestFirst(CandidateGraph g) {
        int[] off = g.offsets();
        int[] score = g.score();
        boolean sorted = true;
        for (int i = 0; i < g.mentees() && sorted; i++) {
            for (int e = off[i] + 1; e < off[i + 1]; e++) {
                if (score[e] > score[e - 1]) {
                    sorted = false;
                    break;
                }
            }
        }
        if (sorted) {
            return null;
        }
        int[] order = new int[g.edges()];
        for (int i = 0; i < g.mentees(); i++) {
            int from = off[i];
            Integer[] row = new Integer[off[i + 1] - from];
            for (int e = 0; e < row.length; e++) {
                row[e] = from + e;
            }
            Arrays.sort(row, (a, b) -> Integer.compare(score[b], score[a]));
            for (int e = 0; e < row.length; e++) {
                order[from + e] = row[e];
            }
        }
        return order;
    }

    private Solution run() {
        // strongest claims first (a mentee's best score is its first edge), equal claims in index order
        long[] claims = new long[n];
        for (int r = 0; r < n; r++) {
            int best = off[r] < off[r + 1] ? Math.max(0, score[off[r]]) : 0;
            claims[r] = (long) (Integer.MAX_VALUE - best) << 32 | r;
        }
        Arrays.sort(claims);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = (int) claims[i];
        }
        boolean[] placed = auction(rows);
        for (int r : rows) {
            if (!placed[r]) {
                augment(r);
            }
        }
        long total = 0;
        for (int e = 0; e < n; e++) {
            if (edgeOf[e] >= 0) {
                total += score[edgeOf[e]];
            }
        }
        return new Solution(mentorOf.clone(), edgeOf.clone(), total, certify(total));
    }

    /**
     * A head start: an auction without increments (Gauss–Seidel bidding, each seat its own price) places
     * most mentees at mentors that are their best at prices the contention itself sets. Every placed
     * mentee is then at its best mentor when each mentor is priced at its cheapest seat (a seat's price
     * only rises, and only its bidder's rivals are displaced), so those prices as mentor potentials and
     * the placed mentees form a state the shortest-path phase can continue from exactly; it is checked,
     * and dropped if it does not hold. Mentees the auction leaves out (ties it would ping-pong on — with
     * integer scores most of them at large sizes — or "no mentor") are added by shortest paths.
     */
    private boolean[] auction(int[] rows) {
        boolean[] placed = new boolean[n];
        int seats = slots.length;
        int[] price = new int[seats];
        int[] owner = new int[seats];
        int[] ownerEdge = new int[seats];
        Arrays.fill(owner, -1);
        // each mentor's cheapest seat, kept as prices rise (only the seat bid on changes)
        int[] cheapestOf = new int[g.mentors()];
        for (int j = 0; j < cheapestOf.length; j++) {
            cheapestOf[j] = cheapestSeat(j, price);
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int r : rows) {
            queue[tail++ % n] = r;
        }
        long budget = 4L * n;
        while (head < tail && budget-- > 0) {
            int i = queue[head++ % n];
            int bestEdge = -1;
            int bestSeat = -1;
            int u1 = 0;
            for (int e = off[i]; e < off[i + 1]; e++) {
                int seat = cheapestOf[to[e]];
                if (seat < 0) {
                    continue;
                }
                int value = score[e] - price[seat];
                // among equal values a free seat wins: nobody is displaced
                if (value > u1 || value == u1 && value > 0 && bestSeat >= 0 && owner[bestSeat] >= 0 && owner[seat] < 0) {
                    u1 = value;
                    bestEdge = e;
                    bestSeat = seat;
                }
            }
            if (bestEdge < 0) {
                continue; // "no mentor" is as good: left to the shortest paths
            }
            int j1 = to[bestEdge];
            int u2 = 0;
            for (int e = off[i]; e < off[i + 1]; e++) {
                int j = to[e];
                int seat = j == j1 ? secondCheapestSeat(j, price, bestSeat) : cheapestOf[j];
                if (seat >= 0) {
                    u2 = Math.max(u2, score[e] - price[seat]);
                }
            }
            int rival = owner[bestSeat];
            if (rival >= 0 && u1 == u2) {
                continue; // a tie would only swap them back and forth
            }
            price[bestSeat] += u1 - u2;
            cheapestOf[j1] = cheapestSeat(j1, price);
            owner[bestSeat] = i;
            ownerEdge[bestSeat] = bestEdge;
            placed[i] = true;
            if (rival >= 0) {
                placed[rival] = false;
                queue[tail++ % n] = rival;
            }
        }
        // mentor potential = minus the cheapest seat's price; placed mentees take their seats
        for (int j = 0; j < g.mentors(); j++) {
            int cheapest = cheapestSeat(j, price);
            pm[j] = cheapest < 0 ? 0 : -price[cheapest];
            for (int seat = slotStart[j]; seat < slotStart[j + 1]; seat++) {
                if (owner[seat] >= 0) {
                    assign(owner[seat], j, ownerEdge[seat]);
                }
            }
        }
        for (int x = 0; x < n; x++) {
            if (!placed[x]) {
                continue;
            }
            pe[x] = score[edgeOf[x]] + pm[mentorOf[x]];
            boolean best = pe[x] >= 0;
            for (int e = off[x]; e < off[x + 1] && best; e++) {
                best = score[e] + pm[to[e]] <= pe[x];
            }
            if (!best) {
                return restart(placed);
            }
        }
        return placed;
    }

    /** The head start did not hold: everything is added by shortest paths from scratch. */
    private boolean[] restart(boolean[] placed) {
        Arrays.fill(pm, 0);
        Arrays.fill(pe, 0);
        Arrays.fill(used, 0);
        Arrays.fill(mentorOf, -1);
        Arrays.fill(edgeOf, -1);
        Arrays.fill(placed, false);
        return placed;
    }

    private int cheapestSeat(int j, int[] price) {
        int best = -1;
        for (int seat = slotStart[j]; seat < slotStart[j + 1]; seat++) {
            if (best < 0 || price[seat] < price[best]) {
                best = seat;
            }
        }
        return best;
    }

    private int secondCheapestSeat(int j, int[] price, int cheapest) {
        int best = -1;
        for (int seat = slotStart[j]; seat < slotStart[j + 1]; seat++) {
            if (seat != cheapest && (best < 0 || price[seat] < price[best])) {
                best = seat;
            }
        }
        return best;
    }

    /** Adds mentee r along the cheapest augmenting path (Dijkstra over reduced costs, stopped at the sink). */
    private void augment(int r) {
        // the arrays as locals: C1, the demo's JIT, reloads a field on every access (10 % of the solve)
        final int[] off = this.off, to = this.to, score = this.score, pe = this.pe, pm = this.pm, edgeOf = this.edgeOf;
        final int[] used = this.used, cap = this.cap, stamp = this.stamp, dist = this.dist, slots = this.slots;
        final int[] slotStart = this.slotStart, predEdge = this.predEdge, predMentee = this.predMentee;
        final int[] bucketHead = this.bucketHead;
        final int n = this.n;
        // r's potential: its best score at current mentor potentials, so r's arcs have reduced cost >= 0
        int best = 0;
        for (int ed = off[r]; ed < off[r + 1] && score[ed] > best; ed++) {
            best = Math.max(best, score[ed] + pm[to[ed]]);
        }
        pe[r] = best;
        int cur = ++current;
        settledCount = 0;
        entries = 0;
        highestBucket = 0;
        int sink = pe[r];
        int endMentor = -1;
        int endMentee = r;
        reach(r, 0);
        for (int d = 0; d < sink; d++) {
            while (d < sink && bucketHead[d] >= 0) {
                int entry = bucketHead[d];
                bucketHead[d] = entryNext[entry];
                int node = entryNode[entry];
                if (stamp[node] != cur || dist[node] != d) {
                    continue;
                }
                stamp[node] = -cur;
                if (settledCount == settledList.length) {
                    settledList = Arrays.copyOf(settledList, settledCount * 2);
                }
                settledList[settledCount++] = node;
                if (node < n) {
                    int x = node;
                    int base = d + pe[x];
                    if (base < sink) {
                        sink = base;
                        endMentee = x;
                        endMentor = -1;
                    }
                    int own = edgeOf[x];
                    int last = off[x + 1];
                    for (int ed = off[x]; ed < last; ed++) {
                        int sc = score[ed];
                        if (base - sc >= sink) {
                            break; // edges come best first and mentor potentials are <= 0: no later edge is shorter
                        }
                        if (ed == own) {
                            continue;
                        }
                        int j = to[ed];
                        if (used[j] < cap[j]) {
                            // a free seat ends a path, at the mentor's distance plus its potential (base - sc, below
                            // the sink's distance, as checked above): the sink's distance drops now, not when this
                            // mentor would be settled, so fewer nodes beyond it are queued; x's later edges are
                            // no shorter
                            sink = base - sc;
                            endMentor = j;
                            endMentee = -1;
                            predEdge[j] = ed;
                            predMentee[j] = x;
                            break;
                        }
                        int nd = base - sc - pm[j];
                        int mentorNode = n + j;
                        if (nd < sink && stamp[mentorNode] != -cur
                                && (stamp[mentorNode] != cur || nd < dist[mentorNode])) {
                            predEdge[j] = ed;
                            predMentee[j] = x;
                            reach(mentorNode, nd);
                        }
                    }
                } else {
                    int j = node - n; // a full mentor: mentors with a free seat are never queued
                    int pj = pm[j];
                    int last = slotStart[j] + used[j];
                    for (int s = slotStart[j]; s < last; s++) {
                        int x = slots[s];
                        int nd = d + score[edgeOf[x]] + pj - pe[x];
                        if (nd < sink && stamp[x] != -cur && (stamp[x] != cur || nd < dist[x])) {
                            reach(x, nd);
                        }
                    }
                }
            }
        }
        for (int s = 0; s < settledCount; s++) {
            int node = settledList[s];
            if (node < n) {
                pe[node] += dist[node] - sink;
            } else {
                pm[node - n] += dist[node] - sink;
            }
        }
        for (int d = 0; d <= highestBucket; d++) {
            bucketHead[d] = -1;
        }
        applyPath(r, endMentor, endMentee);
    }

    private void reach(int node, int d) {
        stamp[node] = current;
        dist[node] = d;
        if (entries == entryNode.length) {
            entryNode = Arrays.copyOf(entryNode, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        entryNode[entries] = node;
        entryNext[entries] = bucketHead[d];
        bucketHead[d] = entries++;
        highestBucket = Math.max(highestBucket, d);
    }

    /** Moves each mentee on the path into the seat the next one left, back from the path's end. */
    private void applyPath(int r, int endMentor, int endMentee) {
        int j;
        if (endMentor >= 0) {
            j = endMentor;
        } else if (endMentee == r) {
            return;
        } else {
            j = mentorOf[endMentee];
            release(endMentee);
        }
        while (true) {
            int x = predMentee[j];
            int old = mentorOf[x];
            if (old >= 0) {
                release(x);
            }
            assign(x, j, predEdge[j]);
            if (x == r) {
                return;
            }
            j = old;
        }
    }

    private void assign(int x, int j, int e) {
        slots[slotStart[j] + used[j]++] = x;
        mentorOf[x] = j;
        edgeOf[x] = e;
    }

    private void release(int x) {
        int j = mentorOf[x];
        int last = slotStart[j] + used[j] - 1;
        for (int s = slotStart[j]; s <= last; s++) {
            if (slots[s] == x) {
                slots[s] = slots[last];
                break;
            }
        }
        used[j]--;
        mentorOf[x] = -1;
        edgeOf[x] = -1;
    }

    /**
     * Checks the LP dual read from the potentials: u = max(0, pe), v = max(0, −pm); feasible on every edge
     * and of the same value as the assignment means no assignment scores more.
     */
    private boolean certify(long total) {
        long dual = 0;
        for (int e = 0; e < n; e++) {
            int u = Math.max(0, pe[e]);
            dual += u;
            for (int ed = off[e]; ed < off[e + 1]; ed++) {
                if (u + Math.max(0, -pm[to[ed]]) < score[ed]) {
                    return false;
                }
            }
        }
        for (int j = 0; j < g.mentors(); j++) {
            dual += (long) Math.max(0, cap[j]) * Math.max(0, -pm[j]);
        }
        return dual == total;
    }
}
