/** Words around person names: titles and common given names. Written by the team. */

/** Titles and role nouns that stand before a person's name: "President Zelensky", "coach Smith". */
export const PERSON_TITLES: readonly string[] = [
  'President', 'Vice President', 'Prime Minister', 'Premier', 'Chancellor', 'Minister', 'Secretary', 'Senator', 'Sen.', 'Rep.',
  'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Pope',
  'Cardinal', 'Archbishop', 'Bishop', 'Rabbi', 'Imam', 'Sheikh', 'Emir', 'Sultan', 'General', 'Gen.', 'Colonel', 'Col.',
  'Lieutenant', 'Lt.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Sergeant', 'Sgt.', 'Admiral', 'Adm.', 'Commander', 'Marshal',
  'Judge', 'Justice', 'Chief Justice', 'Ambassador', 'Envoy', 'Commissioner', 'Chairman', 'Chairwoman', 'Chair', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Director', 'Dr.', 'Dr', 'Professor', 'Prof.', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Sir',
  'Dame', 'Lord', 'Lady', 'Father', 'Sister', 'Brother', 'Coach', 'Manager', 'Striker', 'Midfielder', 'Defender', 'Goalkeeper',
  'Captain', 'CEO', 'Chief Executive', 'Founder', 'Speaker', 'Leader', 'Deputy', 'Attorney General', 'Prosecutor', 'Officer',
  'Detective', 'Inspector', 'Superintendent', 'Constable', 'Chief', 'Ayatollah', 'Patriarch', 'Crown Prince', 'Duke', 'Duchess',
  'Councilman', 'Councilwoman', 'Councillor', 'Alderman', 'Assemblyman', 'Assemblywoman', 'Sheriff', 'Trooper', 'Lawmaker',
  'Chairperson', 'Secretary-General', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Finance Minister',
]

/** Common given names across the world's news, for the gazetteer feature "is a known first name". */
export const GIVEN_NAMES: readonly string[] = [
  // English and European
  'John', 'James', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Christopher', 'Daniel', 'Matthew',
  'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kenneth', 'Kevin', 'Brian', 'George', 'Timothy', 'Ronald',
  'Edward', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott',
  'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Frank', 'Alexander', 'Raymond', 'Patrick', 'Jack', 'Dennis', 'Jerry', 'Tyler',
  'Aaron', 'Jose', 'Adam', 'Henry', 'Nathan', 'Douglas', 'Zachary', 'Peter', 'Kyle', 'Walter', 'Ethan', 'Jeremy', 'Harold',
  'Keith', 'Christian', 'Roger', 'Noah', 'Gerald', 'Carl', 'Terry', 'Sean', 'Austin', 'Arthur', 'Lawrence', 'Jesse', 'Dylan',
  'Bryan', 'Joe', 'Jordan', 'Billy', 'Bruce', 'Albert', 'Willie', 'Gabriel', 'Logan', 'Alan', 'Juan', 'Wayne', 'Roy', 'Ralph',
  'Randy', 'Eugene', 'Vincent', 'Russell', 'Elijah', 'Louis', 'Bobby', 'Philip', 'Johnny', 'Tony', 'Tom', 'Bill', 'Jim', 'Bob',
  'Mike', 'Dave', 'Steve', 'Nick', 'Ian', 'Neil', 'Graham', 'Gordon', 'Boris', 'Keir', 'Rishi', 'Tony', 'Nigel', 'Hugh', 'Colin',
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Nancy', 'Lisa', 'Betty',
  'Margaret', 'Sandra', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Dorothy', 'Carol', 'Amanda', 'Melissa', 'Deborah',
  'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Kathleen', 'Amy', 'Shirley', 'Angela', 'Helen', 'Anna', 'Brenda',
  'Pamela', 'Nicole', 'Emma', 'Samantha', 'Katherine', 'Christine', 'Debra', 'Rachel', 'Catherine', 'Carolyn', 'Janet', 'Ruth',
  'Maria', 'Heather', 'Diane', 'Virginia', 'Julie', 'Joyce', 'Victoria', 'Olivia', 'Kelly', 'Christina', 'Lauren', 'Joan',
  'Evelyn', 'Judith', 'Megan', 'Cheryl', 'Andrea', 'Hannah', 'Martha', 'Jacqueline', 'Frances', 'Gloria', 'Ann', 'Teresa',
  'Kathryn', 'Sara', 'Janice', 'Jean', 'Alice', 'Madison', 'Doris', 'Abigail', 'Julia', 'Judy', 'Grace', 'Denise', 'Amber',
  'Marilyn', 'Beverly', 'Danielle', 'Theresa', 'Sophia', 'Marie', 'Diana', 'Brittany', 'Natalie', 'Isabella', 'Charlotte',
  'Rose', 'Alexis', 'Kayla', 'Hillary', 'Theresa', 'Kamala', 'Nancy', 'Ursula', 'Angela', 'Jacinda', 'Giorgia', 'Marine',
  'Hans', 'Jürgen', 'Klaus', 'Wolfgang', 'Helmut', 'Gerhard', 'Olaf', 'Friedrich', 'Frank-Walter', 'Karl', 'Heinz', 'Dieter',
  'Uwe', 'Stefan', 'Markus', 'Matthias', 'Andreas', 'Michael', 'Thomas', 'Sabine', 'Ulrike', 'Annalena', 'Christian', 'Lars',
  'Jean', 'Pierre', 'Jacques', 'François', 'Francois', 'Emmanuel', 'Nicolas', 'Michel', 'Philippe', 'Alain', 'Bernard', 'Marcel',
  'Laurent', 'Olivier', 'Édouard', 'Edouard', 'Gabriel', 'Ségolène', 'Marine', 'Christine', 'Nathalie', 'Sylvie', 'Isabelle',
  'Giuseppe', 'Giovanni', 'Mario', 'Luigi', 'Matteo', 'Silvio', 'Sergio', 'Paolo', 'Marco', 'Francesco', 'Roberto', 'Alessandro',
  'Carlos', 'Luis', 'Jorge', 'Pedro', 'Manuel', 'Antonio', 'Miguel', 'Javier', 'Pablo', 'Alberto', 'Fernando', 'Rafael', 'Diego',
  'Andrés', 'Andres', 'Gustavo', 'Ricardo', 'Alejandro', 'Felipe', 'Luiz', 'Inácio', 'Jair', 'Dilma', 'Cristina', 'Evo', 'Hugo',
  'Nicolás', 'Javier', 'Gabriel', 'Claudia', 'Xiomara', 'Daniel', 'Lula', 'Jan', 'Piet', 'Willem', 'Mark', 'Dick', 'Geert',
  'Sven', 'Erik', 'Magnus', 'Anders', 'Nils', 'Olof', 'Jens', 'Mette', 'Sanna', 'Ulf', 'Jonas', 'Petter',
  // Slavic, Baltic, Hungarian, Greek
  'Vladimir', 'Volodymyr', 'Dmitry', 'Dmitri', 'Sergei', 'Sergey', 'Serhiy', 'Andrei', 'Andriy', 'Andrii', 'Alexei', 'Alexey',
  'Oleksandr', 'Oleksiy', 'Mikhail', 'Mykhailo', 'Nikolai', 'Mykola', 'Yuri', 'Yuriy', 'Ivan', 'Igor', 'Ihor', 'Viktor', 'Boris',
  'Yevgeny', 'Yevgeniy', 'Anatoly', 'Gennady', 'Ramzan', 'Denys', 'Dmytro', 'Petro', 'Vitali', 'Vitaliy', 'Valery', 'Valeriy',
  'Kyrylo', 'Rustem', 'Arseniy', 'Leonid', 'Olena', 'Yulia', 'Yuliia', 'Iryna', 'Irina', 'Natalia', 'Tatiana', 'Tetiana', 'Olga',
  'Svetlana', 'Maria', 'Elena', 'Ekaterina', 'Anastasia', 'Oksana', 'Lech', 'Donald', 'Andrzej', 'Jarosław', 'Mateusz', 'Beata',
  'Václav', 'Milos', 'Miloš', 'Aleksandar', 'Slobodan', 'Zoran', 'Goran', 'Dragan', 'Milan', 'Viktor', 'Péter', 'Gergely',
  'Alexis', 'Kyriakos', 'Andreas', 'Nikos', 'Giorgos', 'Dimitris', 'Recep', 'Tayyip', 'Ahmet', 'Mehmet', 'Mustafa', 'Kemal',
  // Arabic, Persian, African, South Asian, East Asian
  'Mohammed', 'Mohammad', 'Muhammad', 'Mohamed', 'Ahmed', 'Ahmad', 'Ali', 'Hassan', 'Hussein', 'Omar', 'Abdullah', 'Abdel',
  'Abdul', 'Khalid', 'Khaled', 'Ibrahim', 'Yousef', 'Youssef', 'Mahmoud', 'Bashar', 'Hosni', 'Anwar', 'Saddam', 'Ismail',
  'Salman', 'Faisal', 'Hamad', 'Tamim', 'Hamid', 'Hamza', 'Nasser', 'Said', 'Saeed', 'Rashid', 'Tariq', 'Walid', 'Yasser',
  'Benjamin', 'Yair', 'Naftali', 'Ehud', 'Ariel', 'Shimon', 'Yitzhak', 'Golda', 'Benny', 'Avigdor', 'Isaac', 'Herzog',
  'Hassan', 'Mahmoud', 'Ebrahim', 'Javad', 'Masoud', 'Mojtaba', 'Reza', 'Ruhollah', 'Nelson', 'Jacob', 'Cyril', 'Thabo',
  'Uhuru', 'William', 'Raila', 'Yoweri', 'Paul', 'Abiy', 'Muhammadu', 'Bola', 'Goodluck', 'Olusegun', 'Kofi', 'Nana', 'Macky',
  'Emmerson', 'Robert', 'Felix', 'Joseph', 'Ellen', 'George', 'Samia', 'John', 'Narendra', 'Rahul', 'Sonia', 'Indira', 'Amit',
  'Imran', 'Nawaz', 'Shehbaz', 'Benazir', 'Asif', 'Sheikh', 'Khaleda', 'Aung', 'San', 'Suu', 'Kyi', 'Xi', 'Jinping', 'Li',
  'Wang', 'Hu', 'Jintao', 'Shinzo', 'Fumio', 'Yoshihide', 'Junichiro', 'Moon', 'Yoon', 'Kim', 'Jong', 'Park', 'Lee', 'Rodrigo',
  'Ferdinand', 'Joko', 'Prabowo', 'Mahathir', 'Anwar', 'Hun', 'Sen', 'Thaksin', 'Yingluck', 'Prayuth', 'Lai', 'Tsai', 'Ing-wen',
]

/** Words that end or mark organisation names: "… Group", "… Party", "Bank of …". */
export const ORG_WORDS: readonly string[] = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'Plc', 'PLC', 'AG', 'SA', 'S.A.', 'NV', 'GmbH',
  'Co', 'Co.', 'Company', 'Group', 'Holdings', 'Bank', 'Airlines', 'Airways', 'Motors', 'Industries', 'Technologies', 'Systems',
  'Partners', 'Capital', 'Fund', 'Trust', 'Party', 'Union', 'Council', 'Committee', 'Commission', 'Ministry', 'Department',
  'Agency', 'Authority', 'Office', 'Bureau', 'Board', 'Association', 'Federation', 'Institute', 'University', 'College', 'School',
  'Academy', 'Foundation', 'Organization', 'Organisation', 'Society', 'League', 'Club', 'FC', 'United', 'City', 'Rovers',
  'Wanderers', 'Athletic', 'Army', 'Navy', 'Force', 'Forces', 'Guard', 'Police', 'Court', 'Parliament', 'Congress', 'Senate',
  'Assembly', 'Cabinet', 'Government', 'Times', 'Post', 'News', 'Journal', 'Herald', 'Telegraph', 'Tribune', 'Gazette', 'Press',
  'Television', 'Radio', 'Network', 'Exchange', 'Reserve', 'Service', 'Services', 'Movement', 'Front', 'Alliance', 'Coalition',
  'Brigade', 'Battalion', 'Corps', 'Hospital', 'Church', 'Mission',
]

/** Well-known organisations and their short forms: ORG. */
export const KNOWN_ORGS: readonly string[] = [
  'NATO', 'EU', 'European Union', 'UN', 'U.N.', 'United Nations', 'Security Council', 'General Assembly', 'IMF', 'International Monetary Fund',
  'World Bank', 'WTO', 'World Trade Organization', 'WHO', 'World Health Organization', 'OPEC', 'OSCE', 'G7', 'G20', 'G8', 'BRICS',
  'ASEAN', 'African Union', 'Arab League', 'European Commission', 'European Parliament', 'European Council', 'ECB',
  'European Central Bank', 'Federal Reserve', 'Fed', 'Bundesbank', 'Bank of England', 'Bank of Japan', 'Kremlin', 'Pentagon',
  'White House', 'State Department', 'CIA', 'FBI', 'NSA', 'KGB', 'FSB', 'SBU', 'Mossad', 'Hamas', 'Hezbollah', 'Taliban',
  'Islamic State', 'ISIS', 'ISIL', 'al Qaeda', 'al-Qaeda', 'Al Qaeda', 'Wagner', 'Red Cross', 'ICRC', 'Amnesty International',
  'Human Rights Watch', 'UNICEF', 'UNHCR', 'IAEA', 'ICC', 'International Criminal Court', 'Interpol', 'Europol', 'Reuters',
  'Associated Press', 'AP', 'AFP', 'BBC', 'CNN', 'Bloomberg', 'Gazprom', 'Rosneft', 'Naftogaz', 'Google', 'Apple', 'Microsoft',
  'Amazon', 'Meta', 'Facebook', 'Twitter', 'Tesla', 'Boeing', 'Airbus', 'Toyota', 'Volkswagen', 'Nasdaq', 'Dow Jones',
  'Supreme Court', 'Congress', 'Senate', 'House of Representatives', 'Duma', 'State Duma', 'Verkhovna Rada', 'Rada', 'Bundestag',
  'Knesset', 'Labour', 'Labour Party', 'Conservative Party', 'Tories', 'Democratic Party', 'Republican Party', 'GOP', 'SPD',
  'CDU', 'ANC', 'PLO', 'IRA', 'PKK', 'FARC', 'Boko Haram', 'al-Shabaab', 'Houthis', 'Sinn Fein', 'UEFA', 'FIFA', 'IOC',
]
