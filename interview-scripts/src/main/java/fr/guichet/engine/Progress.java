package fr.guichet.engine;

/**
 * Where the person stands: the current question's rank among those that apply, how many apply in
 * all as far as is known now (questions whose condition is not decided yet are counted), and how
 * many are answered.
 */
public record Progress(int position, int total, int answered) {

  public int remaining() {
    return Math.max(0, total - position + 1);
  }

  public int percent() {
    return total == 0 ? 100 : Math.min(100, answered * 100 / total);
  }
}
