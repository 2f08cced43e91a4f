/*
 * RASP, the surface syntax of the tech-srl reference REPL (Weiss et al. 2021), plus two tprog
 * extensions: select_closest(...) and the TRUE comparison.
 *
 * Compatibility notes (see docs/rasp.md):
 * - The alternatives of `expr` are listed in the reference's order. ANTLR gives earlier
 *   alternatives tighter binding, so `in` binds looser than `not`, `and`, `or` and the ternary,
 *   `and`/`or` share one level (left to right), and `not x == y` means `(not x) == y`. These
 *   are kept on purpose: files written for the reference must mean the same thing here.
 * - `select(`, `aggregate(`, `range(`, `zip(`, `len(` are single tokens, as in the reference:
 *   no space is allowed before their parenthesis.
 * - Comments may appear anywhere (the reference accepts them only between statements), and
 *   REPL commands may end in an optional ';'. Both only accept more programs, never fewer.
 */
grammar Rasp;

program : statement* EOF ;

statement
    : raspStatement
    | replStatement ';'?
    ;

raspStatement
    : expr ';'                                                              # ExprStatement
    | targets=names '=' values=exprs ';'                                    # Assign
    | 'draw' '(' sop=expr (',' example=expr)? ')' ';'                       # Draw
    | 'load' file=String ';'                                                # Load
    | 'def' name=ID '(' params=names? ')' '{' body+=raspStatement*
          'return' result=exprs ';' '}'                                     # FunctionDef
    | 'for' vars=names 'in' iterable=expr '{' body+=raspStatement* '}'      # ForLoop
    ;

replStatement
    : 'set' subset=('s-op' | 'selector')? 'example' example=expr            # SetExample
    | 'show' subset=('s-op' | 'selector')? 'example'                        # ShowExample
    | subset=('s-op' | 'selector')? 'examples' toggle=('on' | 'off')        # ToggleExamples
    | 'full seq display' toggle=('on' | 'off')                              # ToggleFullSeq
    | ('exit' | 'exit()' | 'quit' | 'quit()')                               # Exit
    ;

names : ID (',' ID)* ;
exprs : expr (',' expr)* ;
entry : key=expr ':' value=expr ;

expr
    : '(' inner=expr ')'                                                    # Parens
    | target=expr '[' index=expr ']'                                        # Index
    | callee=expr '(' args=exprs? ')'                                       # Call
    | op=('not' | '-' | '+') operand=expr                                   # Unary
    | op=('round' | 'indicator') '(' operand=expr ')'                       # Unary
    | left=expr op='^' right=expr                                           # Binary
    | left=expr op=('*' | '/') right=expr                                   # Binary
    | left=expr op='%' right=expr                                           # Binary
    | left=expr op=('+' | '-') right=expr                                   # Binary
    | left=expr op=('==' | '<=' | '>=' | '>' | '<') right=expr              # Binary
    | 'select(' keys=expr ',' queries=expr ',' comparison ')'               # Select
    | 'select_closest(' keys=expr ',' queries=expr ',' comparison ')'       # SelectClosest
    | 'closest(' sel=expr ')'                                               # Closest
    | left=expr op=('and' | 'or') right=expr                                # Binary
    | then=expr 'if' cond=expr 'else' otherwise=expr                        # Ternary
    | ID                                                                    # Variable
    | literal                                                               # Atom
    | '[' items=exprs? ']'                                                  # ListLiteral
    | '{' (entry (',' entry)*)? '}'                                         # DictLiteral
    | 'aggregate(' sel=expr ',' sop=expr (',' fallback=expr)? ')'           # Aggregate
    | 'range(' bounds=exprs ')'                                             # Range
    | '[' value=expr 'for' vars=names 'in' iterable=expr ']'                # ListComprehension
    | '{' key=expr ':' value=expr 'for' vars=names 'in' iterable=expr '}'   # DictComprehension
    | element=expr 'in' container=expr                                      # In
    | 'zip(' lists=exprs ')'                                                # Zip
    | 'len(' list=expr ')'                                                  # Len
    ;

// TRUE (tprog) arrives as an ID so that it stays usable as a name elsewhere.
comparison : op=('==' | '<' | '>' | '>=' | '<=' | '!=') | ID ;

literal : PosInt | Float | String ;

Float : PosInt '.' PosInt ;
PosInt : [0-9]+ ;
String : '"' ~["\r\n]* '"' ;
Comment : '#' ~[\r\n]* -> channel(HIDDEN) ;
ID : [a-zA-Z_] [a-zA-Z_0-9]* ;
WS : [ \t\r\n]+ -> skip ;
// Anything else becomes one token the parser rejects, so the error gets a position.
Unexpected : . ;
